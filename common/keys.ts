/**
 * Signing keys as JWK files. In development a missing key pair is generated once under the data folder, so
 * `npm start` and `npm run token` agree without set-up (and regie finds each partner's public key where that partner
 * wrote it); in production keys come from configuration (secrets).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { dataDir } from './config';

export const SIGNING_ALGORITHM = 'EdDSA';

export interface KeyPairJwk {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateKeyPairJwk(keyId: string): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid: keyId, alg: SIGNING_ALGORITHM };
  const publicJwk = { ...(await exportJWK(publicKey)), kid: keyId, alg: SIGNING_ALGORITHM };
  return { privateJwk, publicJwk };
}

/** A partner subgraph's development key pair (PARTNER_SIGNING_JWK's stand-in): written by the partner, read by regie. */
export function devPartnerKeyFile(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'keys', `partner-${subgraph}.json`);
}

/** Reads the key pair in `file`; undefined when there is no such file. */
export function readKeyPairFile(file: string): KeyPairJwk | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isKeyPairJwk(parsed)) throw new Error(`${file} does not hold a key pair ({ privateJwk, publicJwk })`);
  return parsed;
}

/**
 * Reads a key pair from `file`, or generates and writes it (mode 0600) when the file does not exist. Created
 * exclusively: when processes started together race, the one that loses reads the winner's pair.
 */
export async function loadOrCreateKeyPairFile(file: string, keyId: string): Promise<KeyPairJwk> {
  const existing = readKeyPairFile(file);
  if (existing) return existing;
  const pair = await generateKeyPairJwk(keyId);
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(pair, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeyPairFile(file) ?? pair;
  }
  return pair;
}

function isJwk(value: unknown): value is JWK {
  return typeof value === 'object' && value !== null && typeof (value as { kty?: unknown }).kty === 'string';
}

function isKeyPairJwk(value: unknown): value is KeyPairJwk {
  return typeof value === 'object' && value !== null && isJwk((value as KeyPairJwk).privateJwk) && isJwk((value as KeyPairJwk).publicJwk);
}

/** Parses a JWK given as JSON text (an environment variable), naming the variable when it is malformed. */
export function parseJwk(text: string, name: string): JWK {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${name} must be a JSON Web Key (JSON text)`);
  }
  if (!isJwk(parsed)) throw new Error(`${name} must be a JSON Web Key with a "kty" member`);
  return parsed;
}

export async function importKey(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, jwk.alg ?? SIGNING_ALGORITHM);
  if (key instanceof Uint8Array) throw new Error('Symmetric keys are not accepted; use an asymmetric (EdDSA/ES256) key');
  return key;
}
