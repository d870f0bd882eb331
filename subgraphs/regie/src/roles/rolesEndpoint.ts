/**
 * Regie's role lookup for the partners' sharing checks, as a plain JSON endpoint (see common/policy/rolesLookup.ts
 * for why it is not a GraphQL request). It answers only for the organisation and the activity of the signed
 * principal that comes with the request (roles in cases opened for that activity), and only for an activity the
 * case policy serves: who is involved with a citizen is itself sensitive.
 */
import { type Kysely } from 'kysely';
import { isValidBsn } from '../../../../common/bsn';
import { type JsonRouteHandler, type PlainResponse } from '../../../../common/http/graphqlHttpServer';
import { ErrorCode } from '../../../../common/errors';
import { MAX_BATCH_SIZE } from '../../../../common/loaders';
import { type RolesAnswer } from '../../../../common/policy/rolesLookup';
import { type PrincipalReader } from '../../../../common/subgraph/principalContext';
import { type CasePurpose } from '../cases/casePurpose';
import { findRolesOf } from '../store/caseRepository';
import { type RegieDatabase } from '../store/schema';

function refuse(status: number, code: string, message: string): PlainResponse {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

function bsnsOf(body: unknown): string[] | null {
  const bsns = typeof body === 'object' && body !== null ? (body as { bsns?: unknown }).bsns : undefined;
  if (!Array.isArray(bsns) || bsns.length > MAX_BATCH_SIZE) return null;
  return bsns.every((bsn): bsn is string => typeof bsn === 'string' && isValidBsn(bsn)) ? bsns : null;
}

export interface RolesEndpointDependencies {
  db: Kysely<RegieDatabase>;
  now: () => Date;
  casePurpose: CasePurpose;
  readPrincipal: PrincipalReader;
}

export function createRolesEndpoint({ db, now, casePurpose, readPrincipal }: RolesEndpointDependencies): JsonRouteHandler {
  return async (req, body) => {
    let org: string;
    let activity: string;
    try {
      ({ org, activity } = (await readPrincipal(req)).principal);
    } catch {
      return refuse(401, 'UNAUTHENTICATED', 'A principal signed by the gateway is required.');
    }
    if (!casePurpose.allowsRoleLookup(activity)) {
      return refuse(403, ErrorCode.NOT_DISCLOSED, `Roles in cases are not disclosed for the processing activity "${activity}".`);
    }
    const bsns = bsnsOf(body);
    if (!bsns) return refuse(400, 'BAD_USER_INPUT', `Send {"bsns": [...]} with at most ${MAX_BATCH_SIZE} valid BSNs.`);
    const found = await findRolesOf(db, org, bsns, now(), activity);
    const answer: RolesAnswer = { rolesOf: found.map((row) => ({ bsn: row.bsn, roles: row.roles.map((r) => r.role) })) };
    return { status: 200, body: JSON.stringify(answer) };
  };
}
