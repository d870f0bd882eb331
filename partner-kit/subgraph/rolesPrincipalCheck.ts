/**
 * The intermediary's check of a role lookup's credentials (docs/identity.md, "Role lookups"): a role-lookup
 * principal signed by the gateway, presented by the very partner it names (`azp`), with a proof signed by that
 * partner's own key (its public key from the partner registry), once (its `jti`), within its short lifetime.
 * Anything else is refused with ROLE_LOOKUP_REFUSED and a reason, and logged: the reason, the partners and
 * organisation involved and the request id, never a BSN.
 */
import { type GraphQLError } from 'graphql';
import {
  claimedProofIssuer,
  ErrorCode,
  InvalidPrincipalError,
  ketenError,
  loggerFor,
  type Principal,
  type RolesPrincipal,
  type SigningKey,
  verifyPartnerProof,
  verifyRolesPrincipal,
} from '../../common';
import { ReplayGuard } from './replayGuard';

/** The partners whose role lookups the intermediary answers: each partner subgraph's public key, if registered. */
export interface RoleLookupPartners {
  keyOf(partner: string): SigningKey | undefined;
}

export type RolesRefusalReason =
  'INVALID' | 'EXPIRED' | 'NO_PROOF' | 'UNKNOWN_PARTNER' | 'BAD_PROOF' | 'WRONG_PARTNER' | 'REPLAYED' | 'BUSY';

const WHY: Record<RolesRefusalReason, string> = {
  INVALID: 'it is not a role-lookup principal signed by the gateway',
  EXPIRED: 'it has expired',
  NO_PROOF: 'the partner did not prove who it is',
  UNKNOWN_PARTNER: 'the presenting partner has no key in the partner registry',
  BAD_PROOF: 'the partner proof is not valid for this principal',
  WRONG_PARTNER: 'it was issued for another partner',
  REPLAYED: 'it has been used before',
  BUSY: 'too many role lookups are in progress',
};

/** Role lookups that may be in flight at once: more are refused (BUSY) rather than remembered less well. */
const MAX_LIVE_LOOKUPS = 200_000;

export type RolesPrincipalCheck = (token: string, proof: string | null, now?: number) => Principal;

export function createRolesPrincipalCheck(gatewayKey: SigningKey, partners: RoleLookupPartners): RolesPrincipalCheck {
  const used = new ReplayGuard(MAX_LIVE_LOOKUPS);
  return (token, proof, now = Date.now()) => {
    let roles: RolesPrincipal;
    try {
      roles = verifyRolesPrincipal(token, gatewayKey, now);
    } catch (error) {
      throw refusal(error instanceof InvalidPrincipalError && error.expired ? 'EXPIRED' : 'INVALID', {});
    }
    const facts = { partner: roles.partner, org: roles.principal.org, requestId: roles.requestId };
    if (proof === null) throw refusal('NO_PROOF', facts);
    const presentedBy = claimedProofIssuer(proof);
    const presenterKey = presentedBy === null ? undefined : partners.keyOf(presentedBy);
    if (presentedBy === null || presenterKey === undefined) throw refusal('UNKNOWN_PARTNER', { ...facts, presentedBy });
    try {
      verifyPartnerProof(proof, token, presentedBy, presenterKey, now);
    } catch {
      throw refusal('BAD_PROOF', { ...facts, presentedBy });
    }
    if (presentedBy !== roles.partner) throw refusal('WRONG_PARTNER', { ...facts, presentedBy });
    const use = used.use(roles.requestId, roles.usableUntil, now);
    if (use !== 'FIRST') throw refusal(use === 'REPLAYED' ? 'REPLAYED' : 'BUSY', facts);
    return roles.principal;
  };
}

/** Logs the refusal (looked up now, so a test's captured logger sees it) and makes its error. */
function refusal(reason: RolesRefusalReason, facts: Record<string, string | null>): GraphQLError {
  loggerFor('roles-lookup').warn({ reason, ...facts }, 'role lookup refused');
  return ketenError(
    ErrorCode.ROLE_LOOKUP_REFUSED,
    `The role lookup was refused: ${WHY[reason]}. Role lookups are made by partners for the request that carries them.`,
    {
      withHttpStatus: true,
      details: { reason },
    },
  );
}
