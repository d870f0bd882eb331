/**
 * One request's entries in the gateway's audit log (who asked), created with the request's context and handed to
 * whoever must write them: the partner data source awaits `recordAsked` before each partner fetch (written once per
 * request; if it cannot be written, no partner is asked), the audit plugin calls `recordAnswered` when the answer
 * is about to leave. A failed write is logged (no personal data) and rejects, so the caller can fail closed.
 * A request refused after authentication but before it has a context (an activity the token does not grant,
 * persisted-only mode) leaves a REFUSED record: who, the activity declared, the operation and the code, under the
 * register's log-keeping activity (the declared one may not be registered at all), so an intermediary sees who tried
 * what and was refused.
 */
import { type Logger } from 'pino';
import { LOG_UPKEEP_ACTIVITY, measureLogWrite, type NewEntry, type Register, type TraceContext } from '../../../common';
import { type UserClaims } from '../auth/claims';

export interface AuditTrail {
  /** Records who asks, once per request, before the first partner is asked; every later call waits for the same write. */
  recordAsked(operationName: string | null): Promise<void>;
  /** Records the outcome ('OK' or the answer's error codes) as the answer leaves. */
  recordAnswered(operationName: string | null, outcome: string): Promise<void>;
}

/** What is known of a request refused after authentication, before its context existed. */
export interface RefusedRequest {
  user: UserClaims;
  /** The activity header as sent (at most 100 characters); it may name no registered activity. */
  declaredActivity: string | null;
  /** The operation name, or the persisted hash's first 16 characters; null when neither was sent. */
  operation: string | null;
  code: string;
  trace: TraceContext;
}

export type RefusalRecorder = (refused: RefusedRequest) => Promise<void>;

/** The request's state the records describe. */
export interface AuditedRequest {
  user: UserClaims;
  activity: string;
  trace: TraceContext;
}

/** Where the records go: the gateway's chained audit log in production. */
export interface AuditLogWriter {
  append(entries: readonly NewEntry[]): Promise<void>;
}

export type AuditTrailFactory = (request: AuditedRequest) => AuditTrail;

type Phase = { phase: 'ASKED' } | { phase: 'ANSWERED'; outcome: string };

/** The non-personal part every record of a request carries. */
function requestSkeleton(user: UserClaims, trace: TraceContext): Record<string, unknown> {
  return {
    traceId: trace.traceId,
    spanId: trace.spanId,
    parentSpanId: trace.parentSpanId,
    org: user.org,
    staff: user.staff,
    citizen: user.citizen !== undefined,
  };
}

/** Writes one audit record of a request under a registered activity (timed for the log-write metrics). */
async function appendAuditRecord(
  auditLog: AuditLogWriter,
  register: Register,
  activityId: string,
  user: UserClaims,
  skeleton: Record<string, unknown>,
): Promise<void> {
  const registered = register.byId.get(activityId);
  if (!registered) throw new Error(`the activity ${activityId} is not in the register`);
  await measureLogWrite('audit', () =>
    auditLog.append([
      {
        recordedAt: new Date().toISOString(),
        activityId: registered.id,
        activityVersion: registered.version,
        subject: null,
        skeleton,
        personal: { userId: user.sub },
      },
    ]),
  );
}

export function refusalRecorder(auditLog: AuditLogWriter, register: Register, log: Logger): RefusalRecorder {
  return async ({ user, declaredActivity, operation, code, trace }) => {
    try {
      const skeleton = { phase: 'REFUSED', code, declaredActivity, operationName: operation, ...requestSkeleton(user, trace) };
      await appendAuditRecord(auditLog, register, LOG_UPKEEP_ACTIVITY, user, skeleton);
    } catch (error) {
      // The request is refused either way; the operator must learn that its trace is missing.
      log.error(
        { err: error instanceof Error ? error.message : String(error), traceId: trace.traceId, phase: 'REFUSED' },
        'audit log write failed for a refusal',
      );
    }
  };
}

export function auditTrails(auditLog: AuditLogWriter, register: Register, log: Logger): AuditTrailFactory {
  return (request) => {
    const { user, activity, trace } = request;
    const record = async (operationName: string | null, phase: Phase): Promise<void> => {
      try {
        await appendAuditRecord(auditLog, register, activity, user, { ...phase, operationName, ...requestSkeleton(user, trace) });
      } catch (error) {
        log.error(
          { err: error instanceof Error ? error.message : String(error), traceId: trace.traceId, phase: phase.phase },
          'audit log write failed; nothing disclosed',
        );
        throw error;
      }
    };
    let asked: Promise<void> | undefined;
    return {
      recordAsked: (operationName) => (asked ??= record(operationName, { phase: 'ASKED' })),
      recordAnswered: (operationName, outcome) => record(operationName, { phase: 'ANSWERED', outcome }),
    };
  };
}
