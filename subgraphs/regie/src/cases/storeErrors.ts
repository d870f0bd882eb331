/**
 * Turns a database refusal into a stable error. The constraints and triggers back up the coordination rules, so a
 * unique violation, a serialization failure, a deadlock or a busy database means another change won a race
 * (CONFLICT: reload and retry) and a trigger means the case was closed meanwhile.
 * GraphQL errors pass through unchanged; anything else stays unexpected (masked for clients, logged).
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, ketenError } from '../../../../common';

export function translateStoreError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  if (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '40001' ||
    code === '40P01' ||
    code === 'SQLITE_BUSY'
  ) {
    return ketenError(ErrorCode.CONFLICT, 'Another change to this case was made at the same time; reload the case and try again.');
  }
  if ((code === 'P0001' || code === 'SQLITE_CONSTRAINT_TRIGGER') && /closed/.test(message)) {
    return ketenError(ErrorCode.INVALID_TRANSITION, 'This case is closed; a closed case changes no more.');
  }
  return error;
}
