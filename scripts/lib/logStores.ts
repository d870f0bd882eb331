/**
 * Opens the logs that `npm run log:verify` and `npm run log:purge` work on, where the services keep them: each
 * subgraph's processing log and the gateway's audit log, in the stores the environment names (SQLite files under
 * DATA_DIR, or PostgreSQL schemas with DATABASE_URL). A store that does not exist yet is skipped, not created.
 * Also reads the heads each log's witnesses countersigned (DATA_DIR/witnessed), checking every countersignature
 * with the witness's public key (LOG_PUBLIC_KEYS, or the development key files).
 */
import { existsSync } from 'node:fs';
import { type Migration } from 'kysely';
import {
  ChainedLog,
  chainedLogMigrations,
  countersignedDir,
  countersignedFile,
  claimedWitnessedHead,
  dataDir,
  logPublicKeysFromEnv,
  openStore,
  readCountersignatures,
  type Store,
  storeConfigFromEnv,
  verifyCountersignature,
  type WitnessedHead,
} from '../../common';
import { witnessedHeadMigrations } from '../../partner-kit';
import { SUBGRAPH_NAMES } from '../../subgraphs/partners';

export const LOG_STORE_NAMES = [...SUBGRAPH_NAMES, 'gateway'] as const;
export type LogStoreName = (typeof LOG_STORE_NAMES)[number];

export interface OpenLog {
  name: LogStoreName;
  log: ChainedLog;
  store: Store<unknown>;
}

async function migrationsOf(name: LogStoreName): Promise<Record<string, Migration>> {
  if (name === 'gateway') return chainedLogMigrations('audit_log');
  // The store's own migrations are needed too: the migrator refuses a store whose applied migrations it cannot
  // see. Only the migrations are loaded (not the subgraph, which needs its runtime settings such as OWNER_OIN),
  // and only here, so the audit log can be purged where the subgraphs' code is not installed.
  const { migrations } = (await import(`../../subgraphs/${name}/src/store/migrations`)) as { migrations: Record<string, Migration> };
  return { ...migrations, ...chainedLogMigrations('processing_log'), ...witnessedHeadMigrations() };
}

/** Opens the named stores (all by default); returns those that exist, and the names of those that do not. */
export async function openLogs(
  names: readonly LogStoreName[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ open: OpenLog[]; missing: LogStoreName[] }> {
  const open: OpenLog[] = [];
  const missing: LogStoreName[] = [];
  for (const name of names) {
    const config = storeConfigFromEnv(name, { ...env, DATA_DIR: dataDir(env) });
    if (config.kind === 'sqlite' && !existsSync(config.file)) {
      missing.push(name);
      continue;
    }
    const store = await openStore<unknown>(config, await migrationsOf(name));
    open.push({ name, store, log: ChainedLog.in(store.db, store.dialect, name === 'gateway' ? 'audit_log' : 'processing_log') });
  }
  return { open, missing };
}

/** Reads `--store <name>` options (repeatable); all stores when none is given. */
export function storeNamesFrom(values: readonly string[] | undefined): LogStoreName[] {
  if (!values || values.length === 0) return [...LOG_STORE_NAMES];
  for (const value of values) {
    if (!(LOG_STORE_NAMES as readonly string[]).includes(value))
      throw new Error(`Unknown store "${value}"; use one of ${LOG_STORE_NAMES.join(', ')}`);
  }
  return values as LogStoreName[];
}

/** The heads of log `name` its witnesses countersigned, and why any kept countersignature does not hold. */
export async function witnessedHeadsOf(
  name: LogStoreName,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ heads: WitnessedHead[]; invalid: string[] }> {
  const heads: WitnessedHead[] = [];
  const invalid: string[] = [];
  const file = countersignedFile(name, countersignedDir(env));
  const tokens = readCountersignatures(file);
  // Keys are needed (and LOG_PUBLIC_KEYS required in production) only once there is something witnessed to check.
  if (tokens.length === 0) return { heads, invalid };
  const publicKeyOf = logPublicKeysFromEnv(env);
  for (const [index, token] of tokens.entries()) {
    try {
      const { witness } = claimedWitnessedHead(token);
      const key = await publicKeyOf(witness);
      if (!key) throw new Error(`no public key for the witness "${witness}"`);
      const head = verifyCountersignature(token, key);
      if (head.log !== name) throw new Error(`it is a head of "${head.log}"`);
      heads.push(head);
    } catch (error) {
      invalid.push(`countersignature ${index + 1} in ${file} does not hold: ${(error as Error).message}`);
    }
  }
  return { heads, invalid };
}
