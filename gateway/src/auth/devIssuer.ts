/**
 * The local development issuer: a key pair under the data folder that `npm start` trusts and `npm run token`
 * signs with. Never trusted in production (NODE_ENV=production).
 */
import { SignJWT, type JSONWebKeySet } from 'jose';
import { devKeyFile, importKey, type KeyPairJwk, loadOrCreateKeyPairFile, SIGNING_ALGORITHM } from '../../../common';
import { type UserClaims } from './claims';

export const DEV_ISSUER = 'https://dev.ketenregie.invalid';
export const DEFAULT_AUDIENCE = 'ketenregie';

export function loadDevIssuerKeys(env: NodeJS.ProcessEnv = process.env): Promise<KeyPairJwk> {
  return loadOrCreateKeyPairFile(devKeyFile('dev-issuer', env), 'dev-issuer');
}

export function devIssuerJwks(keys: KeyPairJwk): JSONWebKeySet {
  return { keys: [keys.publicJwk] };
}

export interface DevTokenOptions {
  claims: UserClaims;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds; negative values give an already expired token (for tests). */
  expiresInSeconds?: number;
}

export async function signDevToken(keys: KeyPairJwk, options: DevTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  // A citizen's BSN travels in the `bsn` claim, as a citizen portal's tokens carry it.
  const { sub, citizen, ...rest } = options.claims;
  return new SignJWT({ ...rest, ...(citizen !== undefined ? { bsn: citizen } : {}) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: keys.privateJwk.kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setSubject(sub)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 8 * 3600))
    .sign(await importKey(keys.privateJwk));
}
