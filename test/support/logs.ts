/**
 * Reading and breaking the logs of a test stack: each subgraph's processing log and the gateway's audit log, read
 * back from their stores, records picked by trace id; a store made to refuse log writes, as a full disk or a
 * revoked grant would; and the operator's log commands run on the stack's stores.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { ChainedLog, chainedLogMigrations, type ChainedLogTable, type ChainedRow, openStore, type Store } from '../../common';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/partners';
import { createSubjectHasher } from '../../partner-kit';
import { storeConfig, type TestStack } from './stack';

export interface LogRecord extends ChainedRow {
  skeletonFields: Record<string, unknown>;
  personalFields: { disclosed?: string[]; refused?: string[]; userId?: string } | null;
}

export async function allRecords(log: ChainedLog): Promise<LogRecord[]> {
  const rows = await log.rowsAfter(0, 1_000_000);
  return rows.map((row) => ({
    ...row,
    skeletonFields: JSON.parse(row.skeleton) as Record<string, unknown>,
    personalFields: row.personal === null ? null : (JSON.parse(row.personal) as LogRecord['personalFields']),
  }));
}

/** Each subgraph's processing-log records of one trace, by subgraph. */
export async function processingRecordsOfTrace(stack: TestStack, traceId: string): Promise<Record<SubgraphName, LogRecord[]>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(
      async (name) =>
        [name, (await allRecords(stack.subgraphs[name].processingLog)).filter((r) => r.skeletonFields.traceId === traceId)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, LogRecord[]>;
}

export async function auditRecordsOfTrace(stack: TestStack, traceId: string): Promise<LogRecord[]> {
  return (await allRecords(stack.gateway.auditLog)).filter((r) => r.skeletonFields.traceId === traceId);
}

/** The keyed hash under which the stack's subgraphs log a BSN. */
export function subjectHash(stack: TestStack, bsn: string): string {
  return createSubjectHasher(stack.storage.subjectKey)(bsn);
}

/** A W3C traceparent with a fresh trace id, as a client that starts its own trace sends it. */
export function newTraceparent(): { traceparent: string; traceId: string; spanId: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceparent: `00-${traceId}-${spanId}-01`, traceId, spanId };
}

/** A second connection to the gateway's audit store (the running gateway keeps its own). */
export async function openAuditStore(stack: TestStack): Promise<{ store: Store<unknown>; log: ChainedLog }> {
  const store = await openStore<unknown>(storeConfig(stack.storage, 'gateway'), chainedLogMigrations('audit_log'));
  return { store, log: ChainedLog.in(store.db, store.dialect, 'audit_log') };
}

/** Makes the store refuse every new record of `table` (a trigger), until `allowLogWrites` is called. */
export async function refuseLogWrites<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', table: ChainedLogTable): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create trigger refuse_log_writes before insert on ${sql.table(table)} begin select raise(abort, 'log store refuses writes'); end`.execute(
      db,
    );
    return;
  }
  await sql`create or replace function refuse_log_writes() returns trigger language plpgsql as $$ begin raise exception 'log store refuses writes'; end $$`.execute(
    db,
  );
  await sql`create trigger refuse_log_writes before insert on ${sql.table(table)} for each row execute function refuse_log_writes()`.execute(
    db,
  );
}

export async function allowLogWrites<DB>(db: Kysely<DB>, dialect: 'sqlite' | 'postgres', table: ChainedLogTable): Promise<void> {
  if (dialect === 'sqlite') await sql`drop trigger refuse_log_writes`.execute(db);
  else await sql`drop trigger refuse_log_writes on ${sql.table(table)}`.execute(db);
}

/** Runs `npm run log:<command>` (the real script, in a process of its own) on some of the stack's stores. */
export function runLogCommand(
  stack: TestStack,
  command: 'verify' | 'purge',
  stores: readonly string[],
): Promise<{ code: number; stdout: string }> {
  const env =
    stack.storage.store === 'postgres'
      ? {
          ...process.env,
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          DATABASE_SCHEMA_PREFIX: stack.storage.pgSchemaPrefix,
          DATA_DIR: stack.storage.sqliteDir,
        }
      : { ...process.env, DATA_DIR: stack.storage.sqliteDir, DATABASE_URL: '' };
  const args = ['--import', 'tsx', `scripts/log-${command}.ts`, ...stores.flatMap((name) => ['--store', name])];
  return promisify(execFile)(process.execPath, args, { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}
