/**
 * Logboek Dataverwerkingen at the source: when a subgraph's response is about to leave, one record per data subject
 * the request touched goes into the subgraph's own processing log (trace, span, operation, times, status,
 * versioned activity, keyed subject hash, calling organisation, fields disclosed and refused), and only once that
 * write has committed does the response leave. If it fails, the response carries no data at all, only
 * LOG_UNAVAILABLE: nothing is disclosed without a record. No user identity goes into these records; the
 * gateway's audit log holds who asked, under the same trace id.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type Span } from '@opentelemetry/api';
import { type Logger } from 'pino';
import {
  type ChainedLog,
  endSpan,
  ErrorCode,
  measureLogWrite,
  type NewEntry,
  type Principal,
  type Register,
  type TraceContext,
  withholdAnswer,
} from '../../common';
import { type LoggedContext, type SubjectDisclosures } from './disclosureRecorder';
import { type SubjectHasher } from './subjectKey';

export interface ProcessingLogSettings {
  log: ChainedLog;
  hashSubject: SubjectHasher;
  register: Register;
}

type RecordStatus = 'DISCLOSED' | 'PARTIALLY_DISCLOSED' | 'REFUSED';

function statusOf(disclosed: number, refused: number): RecordStatus {
  if (refused === 0) return 'DISCLOSED';
  return disclosed === 0 ? 'REFUSED' : 'PARTIALLY_DISCLOSED';
}

/** What one request's records describe, besides its subjects. */
export interface LoggedRequest {
  principal: Principal;
  /** The subgraph's own span in the caller's trace. */
  trace: TraceContext;
  operationName: string | null;
  startedAt: string;
}

/**
 * One record per data subject of a request, in the processing log's one format: the GraphQL requests' (the plugin
 * below) and those of a subgraph's plain routes (regie's role lookups) alike. Throws when the declared activity is
 * not in the register, so the caller fails closed.
 */
export function processingLogEntries(
  settings: ProcessingLogSettings,
  request: LoggedRequest,
  subjects: ReadonlyMap<string, SubjectDisclosures>,
): NewEntry[] {
  const activity = settings.register.byId.get(request.principal.activity);
  if (!activity) throw new Error("the declared activity is not in this subgraph's register");
  const { trace } = request;
  const endedAt = new Date().toISOString();
  return [...subjects].map(([bsn, found]) => ({
    recordedAt: endedAt,
    activityId: activity.id,
    activityVersion: activity.version,
    subject: settings.hashSubject(bsn),
    skeleton: {
      traceId: trace.traceId,
      spanId: trace.spanId,
      parentSpanId: trace.parentSpanId,
      operationName: request.operationName,
      startedAt: request.startedAt,
      endedAt,
      status: found.outcome ?? statusOf(found.disclosed.size, found.refused.size),
      callerOrg: request.principal.org,
    },
    personal: { disclosed: [...found.disclosed].sort(), refused: [...found.refused].sort() },
  }));
}

export function processingLogPlugin(
  settings: ProcessingLogSettings,
  log: Logger,
): ApolloServerPlugin<LoggedContext & { principal: Principal; trace: TraceContext; spans?: { child(name: string): Span } }> {
  return {
    async requestDidStart() {
      const startedAt = new Date().toISOString();
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const subjects = contextValue.disclosures.recorder.subjects();
          if (subjects.size === 0) return;
          // The subgraph's own span in the caller's trace (an exported span when traces are: subgraph/subgraphTracing.ts).
          const trace = contextValue.trace;
          const writing = contextValue.spans?.child('subgraph.processing_log.write');
          try {
            await measureLogWrite('processing', () =>
              settings.log.append(
                processingLogEntries(
                  settings,
                  { principal: contextValue.principal, trace, operationName: operationName ?? null, startedAt },
                  subjects,
                ),
              ),
            );
            writing?.end();
          } catch (error) {
            if (writing) endSpan(writing, [ErrorCode.LOG_UNAVAILABLE]);
            log.error(
              { err: error instanceof Error ? error.message : String(error), traceId: trace.traceId },
              'processing log write failed; response withheld',
            );
            withholdAnswer(response, 'The processing log could not be written, so no data was returned. Try again later.');
          }
        },
      };
    },
  };
}
