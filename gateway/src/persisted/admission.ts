/**
 * Admission of a request by what it asks to run, before Apollo Server parses it (called while the context is built,
 * so a refusal is a clean GraphQL error with an HTTP status):
 * - a persistedQuery extension must name an operation of the manifest (and match its text, if text is sent);
 * - in persisted-only mode, callers without staff rights may run only the manifest's operations
 *   (PERSISTED_QUERY_REQUIRED), so no partner can send an ad-hoc query or probe the schema with one;
 * - introspection by someone who may not see the schema is FORBIDDEN, also when no token was sent.
 */
import { parse } from 'graphql';
import { ErrorCode, ketenError } from '../../../common/errors';
import { type UserClaims } from '../auth/claims';
import { asksForIntrospection, introspectionForbidden, maySeeSchema, type IntrospectionAccess } from '../introspection';
import { documentHash, type PersistedOperations } from './manifest';
import { type RequestedOperation } from './requestedOperations';

export interface AdmissionOptions {
  operations: PersistedOperations;
  /** Accept only the manifest's operations from callers without staff rights. */
  persistedOnly: boolean;
  introspection: IntrospectionAccess;
}

function badPersistedQuery(message: string) {
  return ketenError(ErrorCode.BAD_REQUEST, message, { withHttpStatus: true });
}

function persistedRequired(message: string) {
  return ketenError(ErrorCode.PERSISTED_QUERY_REQUIRED, message, { withHttpStatus: true });
}

function parsesToIntrospection(query: string | undefined): boolean {
  if (query === undefined) return false;
  try {
    return asksForIntrospection(parse(query));
  } catch {
    return false; // not GraphQL: Apollo Server refuses it with GRAPHQL_PARSE_FAILED
  }
}

export function createAdmission(options: AdmissionOptions) {
  const isPersisted = (operation: RequestedOperation): boolean =>
    (typeof operation.persisted?.sha256Hash === 'string' && options.operations.has(operation.persisted.sha256Hash)) ||
    (operation.query !== undefined && options.operations.has(documentHash(operation.query)));

  return {
    /** Checks that need no identity: the persisted-query extension, and anonymous introspection. */
    beforeAuthentication(operations: readonly RequestedOperation[], hasToken: boolean): void {
      for (const operation of operations) {
        const persisted = operation.persisted;
        if (persisted) {
          if (persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') {
            throw badPersistedQuery('extensions.persistedQuery must be {"version": 1, "sha256Hash": "<sha256 of the document>"}');
          }
          if (!options.operations.has(persisted.sha256Hash)) {
            throw persistedRequired(`No persisted operation has the hash ${persisted.sha256Hash.slice(0, 64)}; use an operation of the current typed client (npm run codegen).`);
          }
          if (operation.query !== undefined && documentHash(operation.query) !== persisted.sha256Hash) {
            throw badPersistedQuery('The query text does not match extensions.persistedQuery.sha256Hash; send the hash alone.');
          }
        }
        if (!hasToken && !maySeeSchema(null, options.introspection) && parsesToIntrospection(operation.query)) throw introspectionForbidden();
      }
    },

    /** Checks for the verified caller: persisted-only mode for callers without staff rights. */
    afterAuthentication(operations: readonly RequestedOperation[], user: UserClaims): void {
      if (!options.persistedOnly || user.staff) return;
      for (const operation of operations) {
        if (isPersisted(operation)) continue;
        // An introspection attempt is refused as what it is, not merely as an ad-hoc query.
        if (!maySeeSchema(user, options.introspection) && parsesToIntrospection(operation.query)) throw introspectionForbidden();
        throw persistedRequired('This gateway accepts only persisted operations from partners: send the sha256Hash of an operation of the typed client (client/) in extensions.persistedQuery.');
      }
    },
  };
}

export type Admission = ReturnType<typeof createAdmission>;
