/**
 * One request's entries in the gateway's audit log (who asked), created with the request's context and handed to
 * whoever must write them: the partner data source awaits `recordAsked` before each partner fetch (written once per
 * request; if it cannot be written, no partner is asked), the audit plugin calls `recordAnswered` when the answer
 * is about to leave. A failed write is logged (no personal data) and rejects, so the caller can fail closed.
 */
import { type Logger } from 'pino';
import { type NewEntry, type Register, type TraceContext } from '../../../common';
import { type UserClaims } from '../auth/claims';

export interface AuditTrail {
  /** Records who asks, once per request, before the first partner is asked; every later call waits for the same write. */
  recordAsked(operationName: string | null): Promise<void>;
  /** Records the outcome ('OK' or the answer's error codes) as the answer leaves. */
  recordAnswered(operationName: string | null, outcome: string): Promise<void>;
}

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

export function auditTrails(auditLog: AuditLogWriter, register: Register, log: Logger): AuditTrailFactory {
  return (request) => {
    const { user, activity, trace } = request;
    const record = async (operationName: string | null, phase: Phase): Promise<void> => {
      try {
        const registered = register.byId.get(activity);
        if (!registered) throw new Error('the declared activity is not in the register');
        await auditLog.append([
          {
            recordedAt: new Date().toISOString(),
            activityId: registered.id,
            activityVersion: registered.version,
            subject: null,
            skeleton: {
              ...phase,
              traceId: trace.traceId,
              spanId: trace.spanId,
              parentSpanId: trace.parentSpanId,
              operationName,
              org: user.org,
              staff: user.staff,
              citizen: user.citizen !== undefined,
            },
            personal: { userId: user.sub },
          },
        ]);
      } catch (error) {
        log.error({ err: error instanceof Error ? error.message : String(error), traceId: trace.traceId, phase: phase.phase }, 'audit log write failed; nothing disclosed');
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
