/**
 * The signed principal: who is asking, for which processing activity, in which trace. The gateway signs it (JWS,
 * EdDSA, short-lived) after verifying the user's token, once per subgraph with that subgraph's name as audience, so
 * a principal seen by one partner cannot be replayed at another. Every subgraph verifies it and refuses requests
 * without it, so nobody reaches partner data by going around the gateway. Partner subgraphs also receive a second
 * principal for regie with the audience ROLES_AUDIENCE, which regie accepts for the role lookup only.
 */
import { SignJWT, jwtVerify, type CryptoKey } from 'jose';
import { SIGNING_ALGORITHM } from './keys';

export const PRINCIPAL_HEADER = 'x-ketenregie-principal';
/** The principal a partner subgraph passes on to regie for the role lookup. */
export const ROLES_PRINCIPAL_HEADER = 'x-ketenregie-roles-principal';
/** The audience of that principal: regie answers `rolesOf` for it, and nothing else. */
export const ROLES_AUDIENCE = 'regie#rolesOf';
const ISSUER = 'ketenregie-gateway';
export const PRINCIPAL_TTL_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface Principal {
  /** OIN of the organisation the user acts for. */
  org: string;
  /** Pseudonymous user id (the token's `sub`). Partner subgraphs do not store it; regie records it in case history. */
  sub: string;
  /** The one processing activity declared for this request. */
  activity: string;
  /** True for staff of the intermediary. */
  staff: boolean;
  /** W3C trace id of the client request. */
  traceId: string;
}

/** Signs the principal for one audience: a subgraph's name, or ROLES_AUDIENCE. */
export async function signPrincipal(principal: Principal, key: CryptoKey, audience: string, now = Date.now()): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ org: principal.org, act: principal.activity, staff: principal.staff, trace: principal.traceId })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'ketenregie-principal+jwt' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setSubject(principal.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PRINCIPAL_TTL_SECONDS)
    .sign(key);
}

/**
 * Verifies a signed principal for one audience; throws (jose's errors) when it is missing a claim, expired, meant
 * for another audience, or not signed by the key.
 */
export async function verifyPrincipal(token: string, key: CryptoKey, audience: string): Promise<Principal> {
  const { payload } = await jwtVerify(token, key, {
    issuer: ISSUER,
    audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    algorithms: [SIGNING_ALGORITHM],
    typ: 'ketenregie-principal+jwt',
    requiredClaims: ['sub', 'exp', 'iat'],
  });
  const { org, act, staff, trace, sub } = payload;
  if (typeof org !== 'string' || typeof act !== 'string' || typeof staff !== 'boolean' || typeof trace !== 'string' || typeof sub !== 'string') {
    throw new Error('The signed principal lacks org, act, staff or trace');
  }
  return { org, sub, activity: act, staff, traceId: trace };
}
