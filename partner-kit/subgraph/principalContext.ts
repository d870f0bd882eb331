/**
 * A subgraph's gatekeeper: every request must carry a principal signed by the gateway. Without one the request is
 * refused whole (HTTP 401, UNAUTHENTICATED) before any resolver runs. At the intermediary a role-lookup principal
 * may take its place, under the binding rules of rolesPrincipalCheck.ts.
 */
import { type IncomingMessage } from 'node:http';
import { type CryptoKey } from 'jose';
import {
  ErrorCode,
  ExpiringCache,
  ketenError,
  PARTNER_PROOF_HEADER,
  type Principal,
  PRINCIPAL_HEADER,
  ROLES_AUDIENCE,
  ROLES_PRINCIPAL_HEADER,
  unverifiedClaims,
  verifyPrincipal,
  verifyRolesPrincipal,
} from '../../common';
import { createRolesPrincipalCheck, type RoleLookupPartners, type RolesPrincipalCheck } from './rolesPrincipalCheck';

export interface VerifiedPrincipal {
  principal: Principal;
  /** 'full' for a principal meant for this subgraph; 'roles' for one that allows regie's role lookup only. */
  scope: 'full' | 'roles';
  /** The principal for regie's role lookup that came with the request, to pass on unchanged; null if none. */
  rolesPrincipal: string | null;
}

const MAX_REMEMBERED = 10_000;

/**
 * Remembers verified principals until they expire: the gateway reuses a principal for the same user and purpose,
 * and its signature need not be checked again each time (a verification costs ~135 µs). Role-lookup principals
 * are new for every fetch, so they are not remembered.
 */
function rememberingVerifier(gatewayKey: CryptoKey) {
  const verified = new ExpiringCache<Principal>(MAX_REMEMBERED);
  return async (token: string, audience: string): Promise<Principal> => {
    const key = `${audience}\u0000${token}`;
    const known = verified.get(key);
    if (known) return known;
    const principal = await verifyPrincipal(token, gatewayKey, audience);
    // Remembered no longer than the token itself lives (its signature is checked, so its claims can be read).
    verified.set(key, principal, Number(unverifiedClaims(token).exp) * 1000);
    return principal;
  };
}

export type PrincipalReader = (req: IncomingMessage) => Promise<VerifiedPrincipal>;

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

interface PrincipalChecks {
  gatewayKey: CryptoKey;
  subgraphName: string;
  verify: (token: string, audience: string) => Promise<Principal>;
  /** At the intermediary only: accepts a role-lookup principal presented with its partner's proof. */
  rolesLookup: RolesPrincipalCheck | null;
}

/**
 * Reads the principal meant for this subgraph (audience = its name). The subgraph that answers role lookups (the
 * intermediary's, given its partners' keys) also accepts, in its place, a role-lookup principal (ROLES_AUDIENCE)
 * with the presenting partner's proof, which then limits the request to `rolesOf`.
 */
export function createPrincipalReader(
  gatewayKey: CryptoKey,
  subgraphName: string,
  roleLookupPartners?: RoleLookupPartners,
): PrincipalReader {
  const checks: PrincipalChecks = {
    gatewayKey,
    subgraphName,
    verify: rememberingVerifier(gatewayKey),
    rolesLookup: roleLookupPartners ? createRolesPrincipalCheck(gatewayKey, roleLookupPartners) : null,
  };
  return (req) => principalFromRequest(req, checks);
}

const unauthenticated = (message: string) => ketenError(ErrorCode.UNAUTHENTICATED, message, { withHttpStatus: true });

async function principalFromRequest(req: IncomingMessage, checks: PrincipalChecks): Promise<VerifiedPrincipal> {
  const header = headerValue(req, PRINCIPAL_HEADER);
  const rolesPrincipal = headerValue(req, ROLES_PRINCIPAL_HEADER);
  if (header === null) throw unauthenticated('Requests must come through the ketenregie gateway (no signed principal).');
  // The intermediary also takes a role-lookup principal in its place. The unverified audience claim only picks the
  // check (which verifies it), sparing a failed signature check per role lookup.
  if (checks.rolesLookup && unverifiedClaims(header).aud === ROLES_AUDIENCE) {
    return { principal: checks.rolesLookup(header, headerValue(req, PARTNER_PROOF_HEADER)), scope: 'roles', rolesPrincipal: null };
  }
  let principal: Principal;
  try {
    principal = await checks.verify(header, checks.subgraphName);
  } catch {
    throw unauthenticated('The signed principal is invalid or expired; send the request through the gateway.');
  }
  if (rolesPrincipal !== null && !speaksForSameRequest(rolesPrincipal, principal, checks)) {
    throw unauthenticated('The role-lookup principal does not match the signed principal; send the request through the gateway.');
  }
  return { principal, scope: 'full', rolesPrincipal };
}

/**
 * The role-lookup principal that comes along must be issued for this subgraph and speak for the same user and
 * purpose, or roles of one organisation could be used for another's request.
 */
function speaksForSameRequest(rolesPrincipal: string, principal: Principal, { gatewayKey, subgraphName }: PrincipalChecks): boolean {
  try {
    const roles = verifyRolesPrincipal(rolesPrincipal, gatewayKey);
    const other = roles.principal;
    return (
      roles.partner === subgraphName &&
      other.org === principal.org &&
      other.sub === principal.sub &&
      other.activity === principal.activity &&
      other.staff === principal.staff &&
      other.citizen === principal.citizen
    );
  } catch {
    return false;
  }
}
