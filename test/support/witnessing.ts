/**
 * Signed, witnessed log heads in a test stack: a key pair per log (each subgraph's and the gateway's audit log),
 * also written where development keeps them (DATA_DIR/keys/log-<name>.json) so that `npm run log:verify` on the
 * stack's data folder finds the public keys; countersignatures kept in DATA_DIR/witnessed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUDIT_LOG_NAME,
  countersignedDir,
  DEFAULT_WITNESS_INTERVAL_MS,
  generateKeyPairJwk,
  importKey,
  type KeyPairJwk,
  logKeyFile,
} from '../../common';
import { type LogWitnessing } from '../../partner-kit';
import { type AuditWitnessing } from '../../gateway/src/audit/auditHeadHandOver';
import { SUBGRAPH_NAMES } from '../../subgraphs/partners';

/** Fresh key pairs for every log of the chain, written under `dataDir` as development would. */
export async function logKeyPairs(dataDir: string): Promise<Record<string, KeyPairJwk>> {
  const names = [...SUBGRAPH_NAMES, AUDIT_LOG_NAME];
  const pairs = await Promise.all(names.map(async (name) => [name, await generateKeyPairJwk(`log-${name}-test`)] as const));
  for (const [name, pair] of pairs) {
    const file = logKeyFile(name, { DATA_DIR: dataDir });
    mkdirSync(join(dataDir, 'keys'), { recursive: true });
    writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  }
  return Object.fromEntries(pairs);
}

function publicKeys(keys: Record<string, KeyPairJwk>) {
  return async (log: string) => {
    const pair = keys[log];
    return pair && importKey(pair.publicJwk);
  };
}

export async function subgraphWitnessing(
  keys: Record<string, KeyPairJwk>,
  dataDir: string,
  name: string,
): Promise<LogWitnessing | undefined> {
  const pair = keys[name];
  if (!pair) return undefined;
  return {
    key: await importKey(pair.privateJwk),
    publicKeyOf: publicKeys(keys),
    intervalMs: DEFAULT_WITNESS_INTERVAL_MS,
    countersignedDir: countersignedDir({ DATA_DIR: dataDir }),
  };
}

export async function gatewayWitnessing(keys: Record<string, KeyPairJwk>, dataDir: string): Promise<AuditWitnessing | undefined> {
  const pair = keys[AUDIT_LOG_NAME];
  if (!pair) return undefined;
  return {
    key: await importKey(pair.privateJwk),
    intervalMs: DEFAULT_WITNESS_INTERVAL_MS,
    countersignedDir: countersignedDir({ DATA_DIR: dataDir }),
  };
}
