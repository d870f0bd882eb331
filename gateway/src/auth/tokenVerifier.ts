/**
 * Verifies users' JWTs with jose: signature by a trusted issuer's key (inline JWKS or a JWKS URL), issuer,
 * audience, expiry (with a small clock tolerance) and an algorithm allow-list. Unsigned (`alg: none`) and
 * symmetric tokens are never accepted. An issuer vouches only for the organisations it is trusted for, and only
 * the issuers marked `staff` may grant intermediary staff rights, and only those marked `citizens` may speak for a
 * citizen (a token with a `bsn` claim).
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { ExpiringCache } from '../../../common';
import { readUserClaims, type UserClaims } from './claims';

interface IssuerTrust {
  issuer: string;
  /** The organisations (OINs) this issuer may vouch for; absent: any organisation. */
  orgs?: readonly string[];
  /** Whether this issuer may mark users as intermediary staff (only the intermediary's own issuer should). */
  staff?: boolean;
  /** Whether this issuer may sign in citizens with their own BSN (the intermediary's citizen portal). */
  citizens?: boolean;
}

export type TrustedIssuer = (IssuerTrust & { jwks: JSONWebKeySet }) | (IssuerTrust & { jwksUri: string });

export interface TokenVerifierOptions {
  issuers: readonly TrustedIssuer[];
  audience: string;
  algorithms: readonly string[];
  clockToleranceSeconds?: number;
}

export type VerificationResult = { ok: true; claims: UserClaims } | { ok: false; reason: string };

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/;

const MAX_REMEMBERED_TOKENS = 10_000;
/** An accepted token is checked again after this long at most, so a key withdrawn from a JWKS takes effect. */
const REMEMBER_AT_MOST_MS = 5 * 60_000;

/**
 * Remembers accepted tokens until they expire: a client sends the same token with every request, and checking its
 * signature again each time costs ~230 µs. Refusals are not remembered (a clock-skewed token may become valid).
 */
function remembering(verify: (token: string) => Promise<VerificationResult>): (token: string) => Promise<VerificationResult> {
  const accepted = new ExpiringCache<VerificationResult>(MAX_REMEMBERED_TOKENS);
  return async (token) => {
    const known = accepted.get(token);
    if (known) return known;
    const result = await verify(token);
    const { exp } = result.ok ? decodeJwt(token) : {};
    if (typeof exp === 'number') accepted.set(token, result, Math.min(exp * 1000, Date.now() + REMEMBER_AT_MOST_MS));
    return result;
  };
}

export function createTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<VerificationResult> {
  return remembering(createUncachedTokenVerifier(options));
}

function createUncachedTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<VerificationResult> {
  const rejected = options.algorithms.filter((alg) => !ASYMMETRIC.test(alg));
  if (rejected.length > 0) throw new Error(`TOKEN_ALGORITHMS may list asymmetric algorithms only; remove ${rejected.join(', ')}`);
  if (options.issuers.length === 0) throw new Error('At least one trusted token issuer is required (TRUSTED_ISSUERS)');
  const names = options.issuers.map((issuer) => issuer.issuer);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`The token issuer "${duplicate}" is configured twice; give each trusted issuer one entry`);
  const trust = new Map(options.issuers.map((issuer) => [issuer.issuer, issuer]));
  const keySets = new Map<string, JWTVerifyGetKey>(
    options.issuers.map((issuer) => [
      issuer.issuer,
      'jwks' in issuer ? createLocalJWKSet(issuer.jwks) : createRemoteJWKSet(new URL(issuer.jwksUri), { timeoutDuration: 3000 }),
    ]),
  );

  return async function verify(token: string): Promise<VerificationResult> {
    let issuer: string | undefined;
    try {
      const header = decodeProtectedHeader(token);
      if (typeof header.alg !== 'string' || !options.algorithms.includes(header.alg)) {
        return { ok: false, reason: `tokens signed with "${String(header.alg)}" are not accepted` };
      }
      issuer = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'the token is not a well-formed JWT' };
    }
    const keySet = issuer === undefined ? undefined : keySets.get(issuer);
    if (!keySet) return { ok: false, reason: 'the token was not issued by a trusted issuer' };
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'sub'],
      });
      const claims = readUserClaims(payload);
      if (typeof claims === 'string') return { ok: false, reason: claims };
      const issuerTrust = trust.get(issuer ?? '');
      if (issuerTrust?.orgs && !issuerTrust.orgs.includes(claims.org))
        return { ok: false, reason: "the token's issuer may not vouch for that organisation" };
      if (claims.staff && !issuerTrust?.staff) return { ok: false, reason: "the token's issuer may not grant intermediary staff rights" };
      if (claims.citizen !== undefined && !issuerTrust?.citizens)
        return { ok: false, reason: "the token's issuer may not sign in citizens" };
      return { ok: true, claims };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') return { ok: false, reason: 'the token has expired' };
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
        return { ok: false, reason: 'the token is not meant for this gateway (audience or claims)' };
      return { ok: false, reason: 'the token signature is not valid' };
    }
  };
}
