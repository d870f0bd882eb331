/**
 * Fail closed: when a log cannot be written, the answer about to leave is replaced by LOG_UNAVAILABLE and no data.
 * Used by the subgraphs' processing log and the gateway's audit log alike.
 */
import { type GraphQLResponse } from '@apollo/server';
import { ErrorCode } from '../errors';

export function withholdAnswer(response: GraphQLResponse, message: string): void {
  if (response.body.kind === 'single') {
    response.body.singleResult = { data: null, errors: [{ message, extensions: { code: ErrorCode.LOG_UNAVAILABLE } }] };
  }
}
