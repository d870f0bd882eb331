/**
 * Refuses a document with more tokens than the limit before anything parses it (the admission checks and Apollo
 * Server both would), so an oversized document costs the gateway no more than counting up to the limit.
 */
import { operationTooComplex, tokenLimitViolation } from '../../common';
import { type RequestedOperation } from './persisted/requestedOperations';

export function refuseOversizedDocuments(operations: readonly RequestedOperation[], maxTokens: number): void {
  for (const { query } of operations) {
    const violation = query === undefined ? undefined : tokenLimitViolation(query, maxTokens);
    if (violation) throw operationTooComplex(violation);
  }
}
