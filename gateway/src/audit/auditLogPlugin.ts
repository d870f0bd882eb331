/**
 * The gateway's audit log: who asked. Before the first partner is asked, a record names the user's (pseudonymous)
 * id, organisation, declared activity, operation and trace id (phase ASKED); if it cannot be written, no partner is
 * asked (LOG_UNAVAILABLE). When the answer is about to leave, a second record gives the outcome (phase ANSWERED);
 * an operation refused before reaching any partner (PURPOSE_NOT_ALLOWED, say) has only this one. If that write
 * fails, the answer is withheld. The partners' processing logs say what was disclosed under the same trace id, so
 * the two together answer "which person caused this disclosure".
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode } from '../../../common/errors';
import { type ChainedLog } from '../../../common/processingLog/chainedLog';
import { withholdAnswer } from '../../../common/processingLog/withholdAnswer';
import { type Register } from '../../../common/register';
import { type GatewayContext } from '../context';

/** 'OK', or the distinct error codes of the answer in order of appearance, e.g. 'PURPOSE_NOT_ALLOWED'. */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): string {
  const codes = [...new Set((errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR)))];
  return codes.length === 0 ? 'OK' : codes.join(',');
}

type Phase = { phase: 'ASKED' } | { phase: 'ANSWERED'; outcome: string };

export function auditLogPlugin(auditLog: ChainedLog, register: Register, log: Logger): ApolloServerPlugin<GatewayContext> {
  const record = (context: GatewayContext, operationName: string | null, phase: Phase): Promise<void> => {
    const { user, activity, trace } = context;
    const registered = register.byId.get(activity);
    if (!registered) return Promise.reject(new Error('the declared activity is not in the register'));
    return auditLog.append([
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
  };
  const failed = (error: unknown, traceId: string, phase: Phase['phase']) =>
    log.error({ err: error instanceof Error ? error.message : String(error), traceId, phase }, 'audit log write failed; nothing disclosed');

  return {
    async requestDidStart(requestContext) {
      const context = requestContext.contextValue;
      let asked: Promise<void> | undefined;
      // Written once, before the first partner fetch of this request; every fetch waits for it.
      context.beforePartnerFetch = () =>
        (asked ??= record(context, requestContext.operationName ?? null, { phase: 'ASKED' }).catch((error: unknown) => {
          failed(error, context.trace.traceId, 'ASKED');
          throw error;
        }));
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          try {
            await record(context, operationName ?? null, { phase: 'ANSWERED', outcome: outcomeOf(errors) });
          } catch (error) {
            failed(error, context.trace.traceId, 'ANSWERED');
            withholdAnswer(response, 'The audit log could not be written, so no data was returned. Try again later.');
          }
        },
      };
    },
  };
}
