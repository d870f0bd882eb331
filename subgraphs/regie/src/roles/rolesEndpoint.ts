/**
 * The door to regie's role lookup (roleLookup.ts) that the partners' sharing checks use: a plain JSON route (see
 * common/policy/rolesLookup.ts for why it is not a GraphQL request). It answers for the organisation and activity
 * of the signed principal that comes with the request, under the same rules as `Query.rolesOf`; a refusal keeps
 * its error code and gets an HTTP status (403 FORBIDDEN / NOT_DISCLOSED / ROLE_LOOKUP_REFUSED, 400 BAD_USER_INPUT).
 * A role-lookup principal counts once, from the partner it names, with that partner's proof (the kit's principal
 * reader checks and logs it: partner-kit/subgraph/rolesPrincipalCheck.ts). Every answered lookup is in regie's
 * processing log first, one record per client (roleLookupLog.ts); if it cannot be written, there is no answer (503).
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, isErrorCode, type JsonRouteHandler, type PlainResponse } from '../../../../common';
import { type PrincipalReader, type ProcessingLogSettings, type RolesAnswer, type VerifiedPrincipal } from '../../../../partner-kit';
import { type RoleLookup } from './roleLookup';
import { roleLookupEntries } from './roleLookupLog';

function refuse(status: number, code: string, message: string, reason?: unknown): PlainResponse {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code, ...(reason !== undefined ? { reason } : {}) } }] }) };
}

/** A refused role-lookup principal keeps its code and reason; any other failure to read a principal is a 401. */
function principalRefused(error: unknown): PlainResponse {
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.ROLE_LOOKUP_REFUSED) {
    return refuse(403, ErrorCode.ROLE_LOOKUP_REFUSED, error.message, error.extensions.reason);
  }
  return refuse(401, 'UNAUTHENTICATED', 'A principal signed by the gateway is required.');
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_DISCLOSED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function bsnsOf(body: unknown): string[] | null {
  const bsns = typeof body === 'object' && body !== null ? (body as { bsns?: unknown }).bsns : undefined;
  return Array.isArray(bsns) && bsns.every((bsn): bsn is string => typeof bsn === 'string') ? bsns : null;
}

export function createRolesEndpoint(
  lookUpRoles: RoleLookup,
  readPrincipal: PrincipalReader,
  processingLog: ProcessingLogSettings,
): JsonRouteHandler {
  return async (req, body) => {
    const startedAt = new Date().toISOString();
    let verified: VerifiedPrincipal;
    try {
      verified = await readPrincipal(req);
    } catch (error) {
      return principalRefused(error);
    }
    const bsns = bsnsOf(body);
    if (!bsns) return refuse(400, ErrorCode.BAD_USER_INPUT, 'Send {"bsns": [...]}, a list of BSNs.');
    try {
      const found = await lookUpRoles({ principal: verified.principal, scope: verified.scope, org: verified.principal.org, bsns });
      try {
        await processingLog.log.append(roleLookupEntries(processingLog, req, verified.principal, bsns, startedAt));
      } catch {
        return refuse(503, ErrorCode.LOG_UNAVAILABLE, 'The role lookup could not be logged, so it is not answered.');
      }
      const answer: RolesAnswer = {
        rolesOf: found.map((row) => ({
          bsn: row.bsn,
          roles: row.roles.map((r) => r.role),
          confirmed: row.roles.filter((r) => r.confirmed).map((r) => r.role),
        })),
      };
      return { status: 200, body: JSON.stringify(answer) };
    } catch (error) {
      const code: unknown = error instanceof GraphQLError ? error.extensions.code : undefined;
      const status = isErrorCode(code) ? STATUS_OF[code] : undefined;
      if (!isErrorCode(code) || status === undefined || !(error instanceof Error)) throw error;
      return refuse(status, code, error.message);
    }
  };
}
