/**
 * `npm run bench:logging`: what the processing and audit logs cost. Two copies of the chain run side by side in
 * this run, the same code on the same seeded data: one writing every log (each partner's processing log, the
 * gateway's audit log, before any data leaves) and one without: the subgraphs without their processing log
 * (assembled in support/runSubgraphs.ts), our gateway without its audit log (support/runBenchGateway.ts). The
 * dossier query alternates between them; prints requests/s, p99 and the ratio on/off. Target: < 15% cost. Then the
 * log's write path on its own (support/logWritePath.ts): appends/s, CPU and SQL statements per append.
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16), SEED_CLIENTS,
 *   BENCH_DATABASE_URL (measure on PostgreSQL instead of SQLite; the schemas are dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import { generateKeyPairJwk } from '../common';
import { dropBenchSchemas } from './support/benchSchemas';
import { startBenchStack, type BenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { compareAlternating, printResults } from './support/load';
import { measureLogWritePath } from './support/logWritePath';
import { cpuSince } from './support/processStats';

/** The store settings of one copy: SQLite files by default, a schema prefix of its own on PostgreSQL. */
function storeEnv(databaseUrl: string | undefined, prefix: string): NodeJS.ProcessEnv {
  return databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA_PREFIX: prefix } : {};
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
  const run = randomBytes(3).toString('hex');
  const prefixes = [`bench_log_on_${run}_`, `bench_log_off_${run}_`, `bench_log_path_${run}_`];
  console.log(`starting two chains on ${databaseUrl ? 'PostgreSQL' : 'SQLite'}: one writing the logs, one without…`);
  const stacks: BenchStack[] = [];
  try {
    const issuerKeys = await generateKeyPairJwk('bench-issuer');
    const on = await startBenchStack({ withPlainGateway: false, issuerKeys, env: storeEnv(databaseUrl, prefixes[0] ?? '') });
    stacks.push(on);
    const off = await startBenchStack({
      withPlainGateway: false,
      issuerKeys,
      env: storeEnv(databaseUrl, prefixes[1] ?? ''),
      subgraphVariant: 'logs-off',
      gatewayVariant: 'logs-off',
    });
    stacks.push(off);
    const contenders = [
      { label: 'logs on', url: on.oursUrl, stack: on },
      { label: 'logs off', url: off.oursUrl, stack: off },
    ] as const;
    // CPU time per answered dossier, per process, over the measured rounds: a figure that other load on the machine
    // moves far less than requests/s, and that says where the logs' cost goes.
    const cpu = new Map<string, { ms: Record<string, number>; answers: number }>();
    const startCounting = () => new Map(contenders.map((each) => [each.url, cpuSince(each.stack.processes())]));
    let counting = startCounting();
    const comparison = await compareAlternating(contenders[0], contenders[1], {
      ...(await dossierLoad(on)),
      afterRun(contender, result) {
        const used = counting.get(contender.url)?.() ?? {};
        counting = startCounting();
        if (result.label.startsWith('warm-up')) return Promise.resolve();
        const sum = cpu.get(contender.label) ?? { ms: {}, answers: 0 };
        for (const [process, ms] of Object.entries(used)) sum.ms[process] = (sum.ms[process] ?? 0) + ms;
        cpu.set(contender.label, { ms: sum.ms, answers: sum.answers + result.requests });
        return Promise.resolve();
      },
    });
    printResults(comparison.results);
    console.log(`dossier query, ${comparison.summary}; cost of the logs: ${((1 - comparison.ratio) * 100).toFixed(1)}% of throughput`);
    for (const [label, { ms, answers }] of cpu) {
      const perProcess = Object.entries(ms).map(([process, total]) => `${process} ${(total / answers).toFixed(2)} ms`);
      console.log(`${label}: CPU per dossier: ${perProcess.join(', ')}`);
    }
    if (comparison.failed) {
      console.error('Some requests failed: the figures above are not comparable.');
      process.exitCode = 1;
    }
    for (const stack of stacks.splice(0)) stack.stop();
    await measureLogWritePath(databaseUrl, prefixes[2] ?? '');
  } finally {
    for (const stack of stacks) stack.stop();
    if (databaseUrl) await dropBenchSchemas(databaseUrl, prefixes);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
