/**
 * `npm run bench:capacity`: what the logs cost on disk, for an operator's capacity planning (docs/capacity.md).
 * The chain answers BENCH_REQUESTS dossiers (default 3000; each logs one record at every partner that discloses,
 * and two at the gateway), then stops; the logs are measured where they are kept: records, bytes per record, bytes
 * per request, and so disk per million requests. Then every record is purged as if its retention had ended (the
 * real purge, judged twenty years on) and measured again, then after VACUUM (PostgreSQL: plain, then FULL), to show
 * what purge returns.
 * SQLite always; PostgreSQL too with BENCH_DATABASE_URL (its schemas are dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { envInt, loadRegister } from '../common';
import { purgeExpired } from '../scripts/lib/logPurge';
import { LOG_STORE_NAMES, openLogs, type OpenLog } from '../scripts/lib/logStores';
import { dropBenchSchemas } from './support/benchSchemas';
import { startBenchStack, type BenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';

interface Measure {
  records: number;
  /** Bytes the log table and its indexes occupy (allocated pages / relation size). */
  bytes: number;
  /** Of those, bytes holding data (SQLite: pages minus their unused space; PostgreSQL: the same as bytes). */
  usedBytes: number;
}

async function measure({ log, store }: OpenLog): Promise<Measure> {
  const table = log.table;
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
  const records = Number(rows[0]?.n ?? 0);
  if (store.dialect === 'sqlite') {
    const pages = await sql<{
      bytes: number;
      unused: number;
    }>`select coalesce(sum(pgsize), 0) as bytes, coalesce(sum(unused), 0) as unused from dbstat where name = ${table} or tbl_name = ${table}`
      .execute(store.db)
      .catch(
        // dbstat lists indexes under their own name; the fallback counts the table alone.
        () =>
          sql<{
            bytes: number;
            unused: number;
          }>`select coalesce(sum(pgsize), 0) as bytes, coalesce(sum(unused), 0) as unused from dbstat where name = ${table}`.execute(
            store.db,
          ),
      );
    const row = pages.rows[0] ?? { bytes: 0, unused: 0 };
    return { records, bytes: Number(row.bytes), usedBytes: Number(row.bytes) - Number(row.unused) };
  }
  const size = await sql<{ bytes: string }>`select pg_total_relation_size(${table}::regclass)::text as bytes`.execute(store.db);
  const bytes = Number(size.rows[0]?.bytes ?? 0);
  return { records, bytes, usedBytes: bytes };
}

async function measureAll(env: NodeJS.ProcessEnv): Promise<Map<string, Measure>> {
  const { open } = await openLogs([...LOG_STORE_NAMES], env);
  try {
    return new Map(await Promise.all(open.map(async (opened) => [opened.name, await measure(opened)] as const)));
  } finally {
    await Promise.all(open.map(({ store }) => store.close()));
  }
}

async function purgeAndVacuum(env: NodeJS.ProcessEnv): Promise<void> {
  const register = loadRegister();
  const { open } = await openLogs([...LOG_STORE_NAMES], env);
  try {
    const later = new Date(Date.now() + 20 * 365 * 86_400_000);
    for (const opened of open) await purgeExpired(opened.log, register, { now: later, operator: 'bench:capacity' });
  } finally {
    await Promise.all(open.map(({ store }) => store.close()));
  }
}

/** SQLite: VACUUM (rewrites the file). PostgreSQL: plain VACUUM (space reusable), or FULL (returned to the OS). */
async function vacuum(env: NodeJS.ProcessEnv, full: boolean): Promise<void> {
  const { open } = await openLogs([...LOG_STORE_NAMES], env);
  try {
    for (const { store, log } of open) {
      const statement =
        store.dialect === 'sqlite' ? sql`vacuum` : full ? sql`vacuum full ${sql.table(log.table)}` : sql`vacuum ${sql.table(log.table)}`;
      await statement.execute(store.db);
    }
  } finally {
    await Promise.all(open.map(({ store }) => store.close()));
  }
}

function sqliteFileBytes(dataDir: string): number {
  return LOG_STORE_NAMES.reduce((sum, name) => {
    for (const suffix of ['', '-wal']) {
      try {
        sum += statSync(join(dataDir, `${name}.sqlite${suffix}`)).size;
      } catch {
        // no such file
      }
    }
    return sum;
  }, 0);
}

async function waitForExit(stack: BenchStack): Promise<void> {
  const pids = stack.processes().map((p) => p.pid);
  for (let i = 0; i < 100 && pids.some((pid) => isRunning(pid)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function summarise(
  label: string,
  stage: string,
  measures: Map<string, Measure>,
  requests: number,
  fileBytes?: number,
): Record<string, string | number> {
  const total = [...measures.values()].reduce(
    (sum, m) => ({ records: sum.records + m.records, bytes: sum.bytes + m.bytes, usedBytes: sum.usedBytes + m.usedBytes }),
    { records: 0, bytes: 0, usedBytes: 0 },
  );
  return {
    store: label,
    stage,
    records: total.records,
    'records/request': (total.records / requests).toFixed(2),
    'MB allocated': (total.bytes / 1e6).toFixed(1),
    'MB used': (total.usedBytes / 1e6).toFixed(1),
    'bytes/record': Math.round(total.usedBytes / Math.max(total.records, 1)),
    'GB per million requests': (((total.bytes / requests) * 1e6) / 1e9).toFixed(2),
    ...(fileBytes !== undefined ? { 'SQLite files MB': (fileBytes / 1e6).toFixed(1) } : {}),
  };
}

async function measureStore(label: string, env: NodeJS.ProcessEnv): Promise<Array<Record<string, string | number>>> {
  const requests = envInt('BENCH_REQUESTS', 3000);
  console.log(`${label}: starting the chain, answering ${requests} dossiers…`);
  const stack = await startBenchStack({ withPlainGateway: false, subgraphEnv: { SEED_CLIENTS: '200' }, env });
  const storeEnv = { ...process.env, ...env, DATA_DIR: stack.dataDir };
  try {
    const load = await dossierLoad(stack);
    const result = await autocannon({
      url: stack.oursUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...load.headers },
      body: load.body,
      connections: 8,
      amount: requests,
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx + result.errors} of ${requests} requests failed`);
  } finally {
    stack.stop({ keepData: true });
  }
  await waitForExit(stack);
  const sqlite = env.DATABASE_URL === undefined;
  const files = () => (sqlite ? sqliteFileBytes(stack.dataDir) : undefined);
  const rows = [summarise(label, 'after the load', await measureAll(storeEnv), requests, files())];
  await purgeAndVacuum(storeEnv);
  rows.push(summarise(label, 'after purge', await measureAll(storeEnv), requests, files()));
  await vacuum(storeEnv, false);
  rows.push(summarise(label, 'after VACUUM', await measureAll(storeEnv), requests, files()));
  if (!sqlite) {
    await vacuum(storeEnv, true);
    rows.push(summarise(label, 'after VACUUM FULL', await measureAll(storeEnv), requests, files()));
  }
  stack.stop();
  return rows;
}

async function main(): Promise<void> {
  const rows = await measureStore('SQLite', {});
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (databaseUrl) {
    const prefix = `bench_capacity_${randomBytes(3).toString('hex')}_`;
    try {
      rows.push(...(await measureStore('PostgreSQL', { DATABASE_URL: databaseUrl, DATABASE_SCHEMA_PREFIX: prefix })));
    } finally {
      await dropBenchSchemas(databaseUrl, [prefix]);
    }
  } else {
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL to measure it too.');
  }
  console.table(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
