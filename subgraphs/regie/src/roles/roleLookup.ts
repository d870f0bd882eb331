/**
 * Regie's one role lookup: the roles an organisation holds now, in open cases opened for the declared activity, for
 * up to MAX_BATCH_SIZE clients, in one store query. Who is involved with a citizen is itself sensitive, so the same
 * rules hold at both doors to it: no citizen; only your own organisation (staff may name another, but not with a
 * role-lookup principal); only under an activity the case policy serves (NOT_DISCLOSED, reason PURPOSE).
 * The doors: the partners' sharing checks use the plain JSON route (rolesEndpoint.ts, `/internal/roles`) with the
 * role-lookup principal the gateway signed; staff and partners' front ends use the GraphQL field `Query.rolesOf`.
 */
import { type Kysely } from 'kysely';
import { ErrorCode, isValidBsn, ketenError, type Principal } from '../../../../common';
import { MAX_BATCH_SIZE } from '../../../../partner-kit';
import { type CasePurpose } from '../cases/casePurpose';
import { organisationOf } from '../cases/organisation';
import { findRolesOf } from '../store/caseRepository';
import { type ClientRoles } from '../store/models';
import { type RegieDatabase } from '../store/schema';

/** The coordinate refusals name, at either door. */
const ROLE_LOOKUP_COORDINATE = 'Query.rolesOf';

export interface RoleLookupRequest {
  principal: Principal;
  /** 'roles' for a role-lookup principal (common/subgraph/principalContext.ts). */
  scope: 'full' | 'roles';
  /** Whose roles: the principal's own organisation, unless staff with a full principal ask. */
  org: string;
  bsns: readonly string[];
  /** Called once the request passed the checks, just before the store is read (the role-change stream's registration). */
  beforeRead?: () => void;
}

export type RoleLookup = (request: RoleLookupRequest) => Promise<ClientRoles[]>;

export interface RoleLookupDependencies {
  db: Kysely<RegieDatabase>;
  now: () => Date;
  casePurpose: CasePurpose;
}

export function createRoleLookup({ db, now, casePurpose }: RoleLookupDependencies): RoleLookup {
  return async ({ principal, scope, org, bsns, beforeRead }) => {
    if (org !== organisationOf(principal) && (!principal.staff || scope === 'roles')) {
      throw ketenError(ErrorCode.FORBIDDEN, 'You may ask only for the roles of your own organisation.');
    }
    casePurpose.assertMayRead(principal.activity, ROLE_LOOKUP_COORDINATE);
    if (bsns.length > MAX_BATCH_SIZE || !bsns.every(isValidBsn)) {
      throw ketenError(ErrorCode.BAD_USER_INPUT, `Ask for at most ${MAX_BATCH_SIZE} clients at once, each by a valid BSN.`);
    }
    beforeRead?.();
    return findRolesOf(db, org, bsns, now(), principal.activity);
  };
}
