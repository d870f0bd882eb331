/** The limits an operation can exceed, as named in `extensions.reason` of an OPERATION_TOO_COMPLEX error. */
import { ErrorCode, ketenError } from '../errors';

export type LimitReason = 'DEPTH' | 'ALIASES' | 'ROOT_FIELDS' | 'DIRECTIVES' | 'TOKENS' | 'COST';

export interface LimitViolation {
  reason: LimitReason;
  message: string;
}

/** The error for a refused operation: the limit and its value, never anything of the schema. */
export function operationTooComplex(violation: LimitViolation) {
  return ketenError(ErrorCode.OPERATION_TOO_COMPLEX, `${violation.message} Ask for less in one operation, or split it.`, {
    details: { reason: violation.reason },
    withHttpStatus: true,
  });
}
