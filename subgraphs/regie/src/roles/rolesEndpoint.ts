/**
 * The door to regie's role lookup (roleLookup.ts) that the partners' sharing checks use: a plain JSON route (see
 * common/policy/rolesLookup.ts for why it is not a GraphQL request). It answers for the organisation and activity
 * of the signed principal that comes with the request, under the same rules as `Query.rolesOf`; a refusal keeps
 * its error code and gets an HTTP status (403 FORBIDDEN / NOT_DISCLOSED / ROLE_LOOKUP_REFUSED, 400 BAD_USER_INPUT).
 * A role-lookup principal counts once, from the partner it names, with that partner's proof (the kit's principal
 * reader checks and logs it: partner-kit/subgraph/rolesPrincipalCheck.ts). Every answered lookup is in regie's
 * processing log first, one record per client (roleLookupLog.ts); if it cannot be written, there is no answer (503).
 * A lookup that names the partner's open role-change stream has its clients registered there before the roles are
 * read, and its answer says so (`watch`), so the partner may keep it until a change comes (roleChangeStreams.ts).
 */
import { GraphQLError } from 'graphql';
import { type IncomingMessage } from 'node:http';
import {
  claimedProofIssuer,
  ErrorCode,
  isErrorCode,
  type JsonRouteHandler,
  measureLogWrite,
  PARTNER_PROOF_HEADER,
  type PlainResponse,
} from '../../../../common';
import {
  type PrincipalReader,
  type ProcessingLogSettings,
  type RolesAnswer,
  ROLES_STREAM_HEADER,
  type RolesWatch,
  type VerifiedPrincipal,
} from '../../../../partner-kit';
import { type RoleChangeStreams } from './roleChangeStreams';
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

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The earliest end among a client's roles, if any ends by itself: the partner keeps the answer no longer. */
function earliestEnd(roles: ReadonlyArray<{ validUntil: string | null }>): string | undefined {
  const ends = roles.flatMap((role) => (role.validUntil === null ? [] : [role.validUntil])).sort();
  return ends[0];
}

export function createRolesEndpoint(
  lookUpRoles: RoleLookup,
  readPrincipal: PrincipalReader,
  processingLog: ProcessingLogSettings,
  streams: RoleChangeStreams,
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
      const { principal } = verified;
      // The proof was checked with the principal, so it names the partner that asks; its stream hears of changes.
      const proof = headerValue(req, PARTNER_PROOF_HEADER);
      const partner = proof === null ? null : claimedProofIssuer(proof);
      let watch: RolesWatch | undefined;
      const beforeRead = () => {
        if (partner !== null && verified.scope === 'roles')
          watch = streams.watch(headerValue(req, ROLES_STREAM_HEADER), partner, principal.org, principal.activity, bsns);
      };
      const found = await lookUpRoles({ principal, scope: verified.scope, org: principal.org, bsns, beforeRead });
      try {
        await measureLogWrite('processing', () =>
          processingLog.log.append(roleLookupEntries(processingLog, req, verified.principal, bsns, startedAt)),
        );
      } catch {
        return refuse(503, ErrorCode.LOG_UNAVAILABLE, 'The role lookup could not be logged, so it is not answered.');
      }
      const answer: RolesAnswer = {
        rolesOf: found.map((row) => ({
          bsn: row.bsn,
          roles: row.roles.map((r) => r.role),
          confirmed: row.roles.filter((r) => r.confirmed).map((r) => r.role),
          until: earliestEnd(row.roles),
        })),
        watch,
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
