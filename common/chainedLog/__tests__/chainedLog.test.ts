/**
 * The chained log's write path on a real store (SQLite always, PostgreSQL with TEST_DATABASE_URL): appends of
 * concurrent callers share a commit, two writers on one store (replicas, `log:purge`) extend one chain without
 * forking it, and a failed commit fails every append waiting on it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Pool } from 'pg';
import { openStore, type Store, type StoreConfig } from '../../db/store';
import { ChainedLog, chainedLogMigrations } from '../chainedLog';
import { checkRow, GENESIS_HASH, type NewEntry } from '../hashChain';

const KINDS: Array<'sqlite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

const entry = (n: number): NewEntry => ({
  recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  activityId: 'kort',
  activityVersion: 1,
  subject: `subject-${n}`,
  skeleton: { n },
  personal: { disclosed: [`Field.f${n}`] },
});

/** Every record links to the one before and the head row names the newest; returns how many there are. */
async function verifiedLength(log: ChainedLog): Promise<number> {
  const rows = await log.rowsAfter(0, 100_000);
  let previous = { seq: 0, hash: GENESIS_HASH };
  for (const row of rows) {
    expect(checkRow(row, previous)).toBeNull();
    previous = row;
  }
  expect(await log.head()).toEqual({ seq: previous.seq, hash: previous.hash });
  return rows.length;
}

describe.each(KINDS)('the chained log on %s', (kind) => {
  const schema = `chained_log_test_${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'chained-log-'));
  const config: StoreConfig =
    kind === 'postgres' ? { kind, url: process.env.TEST_DATABASE_URL ?? '', schema } : { kind, file: join(dir, 'log.sqlite') };
  const stores: Store<unknown>[] = [];
  const open = async () => {
    const store = await openStore<unknown>(config, chainedLogMigrations('processing_log'));
    stores.push(store);
    return { store, log: ChainedLog.in(store.db, store.dialect, 'processing_log') };
  };

  afterAll(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
      await pool.query(`drop schema if exists "${schema}" cascade`);
      await pool.end();
    }
  });

  it('commits concurrent appends together and keeps one verifiable chain', async () => {
    const { store, log } = await open();
    const before = store.queryCount();
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append([entry(2 * i), entry(2 * i + 1)])));
    // Forty callers, far fewer commits: each commit is at most a handful of statements.
    expect(store.queryCount() - before).toBeLessThan(40);
    expect(await verifiedLength(log)).toBe(80);
  });

  it('lets two writers on one store extend the same chain, whoever wrote last', async () => {
    const first = (await open()).log;
    const second = (await open()).log;
    const start = await verifiedLength(first);
    const burst = (log: ChainedLog, from: number) => Promise.all(Array.from({ length: 6 }, (_, i) => log.append([entry(from + i)])));
    // Each writer finds the head moved by the other since its own last write.
    for (let round = 0; round < 3; round++) {
      await burst(first, 100 + round * 20);
      await burst(second, 110 + round * 20);
    }
    // Replicas write at the same time on PostgreSQL (an SQLite file has one writer process at a time, and two
    // connections in one process would block each other's thread).
    if (kind === 'postgres') await Promise.all([burst(first, 200), burst(second, 210), burst(first, 220)]);
    expect(await verifiedLength(first)).toBe(start + (kind === 'postgres' ? 54 : 36));
  });

  it('fails every append that waits on a commit the store refuses, and writes none of them', async () => {
    const { store, log } = await open();
    const start = await verifiedLength(log);
    if (kind === 'sqlite') {
      await sql`create trigger refuse before insert on processing_log begin select raise(abort, 'refused'); end`.execute(store.db);
    } else {
      await sql`create function refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`.execute(store.db);
      await sql`create trigger refuse before insert on processing_log for each row execute function refuse()`.execute(store.db);
    }
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => log.append([entry(500 + i)])));
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('rejected'));
    if (kind === 'sqlite') await sql`drop trigger refuse`.execute(store.db);
    else await sql`drop trigger refuse on processing_log`.execute(store.db);
    await log.append([entry(600)]);
    expect(await verifiedLength(log)).toBe(start + 1);
  });
});
