/**
 * A subgraph's gatekeeper: every request must carry a principal signed by the gateway. Without one the request is
 * refused whole (HTTP 401, UNAUTHENTICATED) before any resolver runs.
 */
import { type IncomingMessage } from 'node:http';
import { type CryptoKey } from 'jose';
import { ErrorCode, ExpiringCache, ketenError, type Principal, PRINCIPAL_HEADER, ROLES_AUDIENCE, ROLES_PRINCIPAL_HEADER, verifyPrincipal } from '../../common';

export interface VerifiedPrincipal {
  principal: Principal;
  /** 'full' for a principal meant for this subgraph; 'roles' for one that allows regie's role lookup only. */
  scope: 'full' | 'roles';
  /** The principal for regie's role lookup that came with the request, to pass on unchanged; null if none. */
  rolesPrincipal: string | null;
}

const MAX_REMEMBERED = 10_000;

/**
 * Remembers verified principals until they expire: one role-lookup principal reaches regie from every partner of
 * a request, and its signature need not be checked again each time (a verification costs ~135 µs).
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

/** A compact JWS's claims as written, without any check; empty when they cannot be read. */
function unverifiedClaims(token: string): Record<string, unknown> {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Reads the principal meant for this subgraph (audience = its name). The subgraph that answers role lookups (the
 * intermediary's, `answersRoleLookups`) also accepts, in its place, a
 * role-lookup principal (ROLES_AUDIENCE), which then limits the request to `rolesOf`.
 */
export function createPrincipalReader(gatewayKey: CryptoKey, subgraphName: string, answersRoleLookups = false): PrincipalReader {
  const verify = rememberingVerifier(gatewayKey);
  return (req) => principalFromRequest(req, verify, subgraphName, answersRoleLookups);
}

async function principalFromRequest(
  req: IncomingMessage,
  verify: (token: string, audience: string) => Promise<Principal>,
  subgraphName: string,
  answersRoleLookups: boolean,
): Promise<VerifiedPrincipal> {
  const header = req.headers[PRINCIPAL_HEADER];
  const rolesHeader = req.headers[ROLES_PRINCIPAL_HEADER];
  const rolesPrincipal = typeof rolesHeader === 'string' && rolesHeader !== '' ? rolesHeader : null;
  if (typeof header !== 'string' || header === '') {
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'Requests must come through the ketenregie gateway (no signed principal).', { withHttpStatus: true });
  }
  // The intermediary also takes a role-lookup principal in its place. The unverified audience claim only picks which audience
  // to verify for (the verification checks it), sparing a failed signature check per role lookup.
  const audience = answersRoleLookups && unverifiedClaims(header).aud === ROLES_AUDIENCE ? ROLES_AUDIENCE : subgraphName;
  let principal: Principal;
  try {
    principal = await verify(header, audience);
  } catch {
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'The signed principal is invalid or expired; send the request through the gateway.', { withHttpStatus: true });
  }
  if (audience === ROLES_AUDIENCE) return { principal, scope: 'roles', rolesPrincipal: null };
  // The role-lookup principal that comes along must speak for the same user and purpose, or roles of one
  // organisation could be used for another's request.
  if (rolesPrincipal !== null) {
    const forRoles = await verify(rolesPrincipal, ROLES_AUDIENCE).catch(() => null);
    const same =
      forRoles !== null &&
      forRoles.org === principal.org &&
      forRoles.sub === principal.sub &&
      forRoles.activity === principal.activity &&
      forRoles.staff === principal.staff &&
      forRoles.citizen === principal.citizen;
    if (!same) {
      throw ketenError(ErrorCode.UNAUTHENTICATED, 'The role-lookup principal does not match the signed principal; send the request through the gateway.', {
        withHttpStatus: true,
      });
    }
  }
  return { principal, scope: 'full', rolesPrincipal };
}
