/**
 * The gateway's signed principals, reused while they live: one per user, organisation, activity, staff flag and
 * audience. A principal names who asks and why, nothing per request, so reuse is safe; it saves a signature per
 * subgraph fetch here and a verification per fetch at every subgraph (which remembers principals it checked).
 * A principal is renewed well before it expires; the cache is bounded, oldest first out.
 */
import { type CryptoKey } from 'jose';
import { countCacheLookup, ExpiringCache, type Principal, PRINCIPAL_TTL_SECONDS, signPrincipal } from '../../common';

const MAX_PRINCIPALS = 20_000;
/** Renewed when less than this remains, so a principal never expires on its way to a subgraph. */
const RENEW_BEFORE_MS = 20_000;

export function createPrincipalCache(key: CryptoKey) {
  const signed = new ExpiringCache<Promise<string>>(MAX_PRINCIPALS);
  return function principalFor(principal: Principal, audience: string, now = Date.now()): Promise<string> {
    const cacheKey = [audience, principal.org, principal.sub, principal.activity, principal.staff, principal.citizen ?? ''].join('\u0000');
    const known = signed.get(cacheKey, now);
    countCacheLookup('principal', known !== undefined);
    if (known) return known;
    const token = signPrincipal(principal, key, audience, now);
    signed.set(cacheKey, token, now + PRINCIPAL_TTL_SECONDS * 1000 - RENEW_BEFORE_MS);
    return token;
  };
}
