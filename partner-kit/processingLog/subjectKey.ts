/**
 * The data subject in a processing log is a keyed hash (HMAC-SHA-256) of the BSN, with a secret per subgraph: the
 * log itself holds no BSN, and one partner's log cannot be joined to another's without both keys. The partner
 * computes the same hash to answer a citizen's inquiry.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir, isProduction, requireEnv } from '../../common';

export type SubjectHasher = (bsn: string) => string;

const MIN_KEY_BYTES = 32;

export function createSubjectHasher(key: Buffer): SubjectHasher {
  if (key.length < MIN_KEY_BYTES) throw new Error(`The subject key must be at least ${MIN_KEY_BYTES} bytes`);
  return (bsn) => createHmac('sha256', key).update(bsn).digest('hex');
}

function parseKey(text: string, name: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length < MIN_KEY_BYTES || !/^[A-Za-z0-9+/=_-]+$/.test(text.trim())) {
    throw new Error(`${name} must be at least ${MIN_KEY_BYTES} random bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** LOG_SUBJECT_KEY (required in production); in development a key generated once under DATA_DIR/keys. */
export function subjectKeyFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (isProduction(env) || env.LOG_SUBJECT_KEY) return parseKey(requireEnv('LOG_SUBJECT_KEY', env), 'LOG_SUBJECT_KEY');
  const file = join(dataDir(env), 'keys', `log-subject-${subgraph}.key`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(MIN_KEY_BYTES).toString('base64'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return parseKey(readFileSync(file, 'utf8'), file);
}
