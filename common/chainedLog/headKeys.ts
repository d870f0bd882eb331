/**
 * The keys of signed log heads, kept outside every store: each process signs its own log's head with LOG_SIGNING_JWK
 * (or the file LOG_SIGNING_JWK_FILE names), and knows the public keys of the logs it witnesses or verifies from
 * LOG_PUBLIC_KEYS (a JSON object, log name to public JWK). In development a missing key pair is generated once as
 * `DATA_DIR/keys/log-<name>.json`, and public keys are read from those files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JWK } from 'jose';
import { dataDir, isProduction } from '../config';
import { importKey, loadOrCreateKeyPairFile, parseJwk } from '../keys';
import { type HeadSigningKey } from './compactJws';

const LOG_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** Where development keeps a log's key pair. */
export function logKeyFile(log: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!LOG_NAME.test(log)) throw new Error(`"${log}" is not a log name`);
  return join(dataDir(env), 'keys', `log-${log}.json`);
}

/** The private key that signs the head of the log `log` (the process's own). */
export async function logSigningKeyFromEnv(log: string, env: NodeJS.ProcessEnv = process.env): Promise<HeadSigningKey> {
  let jwk: JWK;
  if (env.LOG_SIGNING_JWK && env.LOG_SIGNING_JWK_FILE) throw new Error('Set LOG_SIGNING_JWK or LOG_SIGNING_JWK_FILE, not both');
  if (env.LOG_SIGNING_JWK) jwk = parseJwk(env.LOG_SIGNING_JWK, 'LOG_SIGNING_JWK');
  else if (env.LOG_SIGNING_JWK_FILE) jwk = parseJwk(readFileSync(env.LOG_SIGNING_JWK_FILE, 'utf8'), 'LOG_SIGNING_JWK_FILE');
  else if (isProduction(env)) throw new Error('LOG_SIGNING_JWK or LOG_SIGNING_JWK_FILE is required in production (NODE_ENV=production)');
  else jwk = (await loadOrCreateKeyPairFile(logKeyFile(log, env), `log-${log}`)).privateJwk;
  if (!('d' in jwk)) throw new Error('LOG_SIGNING_JWK must be a private key (with "d"); witnesses and log:verify get its public half');
  return importKey(jwk);
}

/** Looks up the public key of a log's heads (or of a witness's countersignatures) by name; undefined when unknown. */
export type LogPublicKeys = (log: string) => Promise<HeadSigningKey | undefined>;

function parsePublicKeys(text: string): Map<string, JWK> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('LOG_PUBLIC_KEYS must be JSON: {"<log name>": <public JWK>, …}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('LOG_PUBLIC_KEYS must be a JSON object of log names');
  return new Map(
    Object.entries(parsed).map(([name, jwk]) => {
      const key = parseJwk(JSON.stringify(jwk), `LOG_PUBLIC_KEYS.${name}`);
      if ('d' in key) throw new Error(`LOG_PUBLIC_KEYS.${name} holds a private key; give the public half only`);
      return [name, key];
    }),
  );
}

/** LOG_PUBLIC_KEYS; in development, without it, the key files under DATA_DIR/keys as they appear. */
export function logPublicKeysFromEnv(env: NodeJS.ProcessEnv = process.env): LogPublicKeys {
  if (env.LOG_PUBLIC_KEYS || isProduction(env)) {
    if (!env.LOG_PUBLIC_KEYS) throw new Error('LOG_PUBLIC_KEYS is required in production (NODE_ENV=production)');
    const keys = parsePublicKeys(env.LOG_PUBLIC_KEYS);
    return async (log) => {
      const jwk = keys.get(log);
      return jwk && importKey(jwk);
    };
  }
  return async (log) => {
    if (!LOG_NAME.test(log)) return undefined;
    const file = logKeyFile(log, env);
    if (!existsSync(file)) return undefined;
    const { publicJwk } = JSON.parse(readFileSync(file, 'utf8')) as { publicJwk: JWK };
    return importKey(publicJwk);
  };
}
