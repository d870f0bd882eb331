/**
 * The signed principal: who is asking, for which processing activity, in which trace. The gateway signs it (JWS,
 * EdDSA, short-lived) after verifying the user's token; every subgraph verifies it and refuses requests without it,
 * so nobody reaches partner data by going around the gateway.
 */
import { SignJWT, jwtVerify, type CryptoKey } from 'jose';
import { SIGNING_ALGORITHM } from './keys';

export const PRINCIPAL_HEADER = 'x-ketenregie-principal';
const ISSUER = 'ketenregie-gateway';
const AUDIENCE = 'ketenregie-subgraph';
export const PRINCIPAL_TTL_SECONDS = 60;

export interface Principal {
  /** OIN of the organisation the user acts for. */
  org: string;
  /** Pseudonymous user id (the token's `sub`). Subgraphs must not store it. */
  sub: string;
  /** The one processing activity declared for this request. */
  activity: string;
  /** True for staff of the intermediary. */
  staff: boolean;
  /** W3C trace id of the client request. */
  traceId: string;
}

export async function signPrincipal(principal: Principal, key: CryptoKey, now = Date.now()): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ org: principal.org, act: principal.activity, staff: principal.staff, trace: principal.traceId })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'ketenregie-principal+jwt' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(principal.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PRINCIPAL_TTL_SECONDS)
    .sign(key);
}

/** Verifies a signed principal; throws (jose's errors) when it is missing a claim, expired, or not signed by the key. */
export async function verifyPrincipal(token: string, key: CryptoKey): Promise<Principal> {
  const { payload } = await jwtVerify(token, key, {
    issuer: ISSUER,
    audience: AUDIENCE,
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
