/**
 * Admission of a request by the persisted operations it names, before Apollo Server parses it:
 * - a persistedQuery extension must name an operation of the manifest (and match its text, if text is sent);
 * - in persisted-only mode, callers without staff rights may run only the manifest's operations
 *   (PERSISTED_QUERY_REQUIRED), so no partner can send an ad-hoc query or probe the schema with one.
 * The order of these checks around authentication is ../requestAdmission.ts's.
 */
import { ErrorCode, ketenError } from '../../../common';
import { type UserClaims } from '../auth/claims';
import { documentHash, type PersistedOperations } from './manifest';
import { type RequestedOperation } from './requestedOperations';

export interface PersistedAdmissionOptions {
  operations: PersistedOperations;
  /** Accept only the manifest's operations from callers without staff rights. */
  persistedOnly: boolean;
}

function badPersistedQuery(message: string) {
  return ketenError(ErrorCode.BAD_REQUEST, message, { withHttpStatus: true });
}

function persistedRequired(message: string) {
  return ketenError(ErrorCode.PERSISTED_QUERY_REQUIRED, message, { withHttpStatus: true });
}

export function persistedOnlyRefusal() {
  return persistedRequired(
    'This gateway accepts only persisted operations from partners: send the sha256Hash of an operation of the typed client (client/) in extensions.persistedQuery.',
  );
}

export function createPersistedAdmission(options: PersistedAdmissionOptions) {
  const isPersisted = (operation: RequestedOperation): boolean =>
    (typeof operation.persisted?.sha256Hash === 'string' && options.operations.has(operation.persisted.sha256Hash)) ||
    (operation.query !== undefined && options.operations.has(documentHash(operation.query)));

  return {
    /** Refuses a persistedQuery extension that is malformed, unknown, or does not match the text sent with it. */
    checkExtensions(operations: readonly RequestedOperation[]): void {
      for (const { persisted, query } of operations) {
        if (!persisted) continue;
        if (persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') {
          throw badPersistedQuery('extensions.persistedQuery must be {"version": 1, "sha256Hash": "<sha256 of the document>"}');
        }
        if (!options.operations.has(persisted.sha256Hash)) {
          throw persistedRequired(
            `No persisted operation has the hash ${persisted.sha256Hash.slice(0, 64)}; use an operation of the current typed client (npm run codegen).`,
          );
        }
        if (query !== undefined && documentHash(query) !== persisted.sha256Hash) {
          throw badPersistedQuery('The query text does not match extensions.persistedQuery.sha256Hash; send the hash alone.');
        }
      }
    },

    /** In persisted-only mode, the first operation this caller may not send because it is not persisted (staff are exempt). */
    firstAdHoc(operations: readonly RequestedOperation[], user: UserClaims): RequestedOperation | undefined {
      if (!options.persistedOnly || user.staff) return undefined;
      return operations.find((operation) => !isPersisted(operation));
    },
  };
}

export type PersistedAdmission = ReturnType<typeof createPersistedAdmission>;
