/**
 * The gateway's audit log, when the answer is about to leave: the request's audit trail (./auditTrail.ts) records
 * the outcome (phase ANSWERED). The ASKED record was written before the first partner was asked, by the data
 * source; an operation refused before reaching any partner (PURPOSE_NOT_ALLOWED, say) has only this one. If the
 * write fails, the answer is withheld. The partners' processing logs say what was disclosed under the same trace
 * id, so the two together answer "which person caused this disclosure".
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLFormattedError } from 'graphql';
import { errorCodesOf, withholdAnswer } from '../../../common';
import { type GatewayContext } from '../context';

/** 'OK', or the distinct error codes of the answer in order of appearance, e.g. 'PURPOSE_NOT_ALLOWED'. */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): string {
  const codes = [...new Set(errorCodesOf(errors))];
  return codes.length === 0 ? 'OK' : codes.join(',');
}

export function auditLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          try {
            await contextValue.auditTrail.recordAnswered(operationName ?? null, outcomeOf(errors));
          } catch {
            withholdAnswer(response, 'The audit log could not be written, so no data was returned. Try again later.');
          }
        },
      };
    },
  };
}
