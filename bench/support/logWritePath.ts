/**
 * The chained log's write path on its own (bench/logging.ts): appends of one record each, as every request makes,
 * from 1 and from 16 concurrent callers into a fresh log, on SQLite and, given a URL, on PostgreSQL. Prints appends
 * per second and this process's CPU time per append: on a shared machine the CPU time is the steadier figure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChainedLog, chainedLogMigrations, type NewEntry, openStore, type StoreConfig } from '../../common';

const APPENDS = 3000;
const CALLERS = [1, 16];

/** A record shaped like a partner's disclosure record (fictitious subject hash and trace). */
function record(n: number): NewEntry {
  return {
    recordedAt: new Date().toISOString(),
    activityId: 'schuldhulp-intake',
    activityVersion: 1,
    subject: randomBytes(32).toString('hex'),
    skeleton: {
      traceId: randomBytes(16).toString('hex'),
      operationName: 'Dossier',
      status: 'DISCLOSED',
      callerOrg: '00000009200000000002',
      n,
    },
    personal: { disclosed: ['Client.uwv', 'UwvClientRecord.benefits'], refused: [] },
  };
}

async function measure(log: ChainedLog, callers: number, appends: number): Promise<{ perSecond: number; cpuMicros: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < appends) await log.append([record(next++)]);
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { perSecond: (appends / (performance.now() - started)) * 1000, cpuMicros: (cpu.user + cpu.system) / appends };
}

export async function measureLogWritePath(databaseUrl: string | undefined, schemaPrefix: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenregie-log-bench-'));
  const configs: StoreConfig[] = [{ kind: 'sqlite', file: join(dir, 'log.sqlite') }];
  if (databaseUrl) configs.push({ kind: 'postgres', url: databaseUrl, schema: `${schemaPrefix}writes` });
  try {
    for (const config of configs) {
      const store = await openStore<unknown>(config, chainedLogMigrations('processing_log'));
      try {
        const log = ChainedLog.in(store.db, store.dialect, 'processing_log');
        await measure(log, 16, 300); // warm-up: statements prepared, the head known
        for (const callers of CALLERS) {
          const before = store.queryCount();
          const { perSecond, cpuMicros } = await measure(log, callers, APPENDS);
          const statements = (store.queryCount() - before) / APPENDS;
          console.log(
            `log write path, ${config.kind}, ${callers} concurrent caller(s): ${perSecond.toFixed(0)} appends/s, ` +
              `${cpuMicros.toFixed(0)} µs CPU and ${statements.toFixed(2)} SQL statements per append`,
          );
        }
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
