/**
 * `npm run bench:roles`: coordination on PostgreSQL. Seeds BENCH_CASES (default 100,000) open cases directly into
 * the intermediary's store, starts the subgraphs on PostgreSQL and the gateway, then measures
 *   1. assignRole throughput and p99 through the gateway with 1 and with 8 concurrent clients (each request
 *      changes another case, so none conflicts), and
 *   2. the latency of rolesOf for 1,000 BSNs (the sharing checks' batched lookup), sequentially.
 * With each assignRole run it prints the CPU time per request of the gateway and the subgraphs' process (Linux):
 * where a request's work goes, and a figure that stays comparable on a busy machine.
 * Uses BENCH_DATABASE_URL, else DATABASE_URL, else the local server; its schemas are dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { sql } from 'kysely';
import { Pool } from 'pg';
import { envInt, envString, openStore } from '../common';
import { demoBsns } from '../partner-kit';
import { migrations } from '../subgraphs/regie/src/store/migrations';
import { type RegieDatabase } from '../subgraphs/regie/src/store/schema';
import { seedCases } from '../subgraphs/regie/src/store/caseSeed';
import { partnerRegistryFromEnv } from '../subgraphs/regie/src/store/partnerRegistry';
import { registerPartners } from '../subgraphs/regie/src/store/repository';
import { AssignRoleDocument, RolesOfDocument } from '../client/__generated__/graphql';
import { dropBenchSchemas } from './support/benchSchemas';
import { startBenchStack } from './support/benchStack';
import { printResults, runLoad, type LoadResult } from './support/load';
import { cpuSince } from './support/processStats';

const GEMEENTE = '00000009200000000002';
const UWV = '00000009300000000003';

async function seedBenchCases(url: string, schema: string, bsns: string[]): Promise<string[]> {
  const store = await openStore<RegieDatabase>({ kind: 'postgres', url, schema }, migrations);
  try {
    await registerPartners(store.db, partnerRegistryFromEnv({}));
    const ids = await seedCases(
      store.db,
      bsns.map((bsn) => ({ bsn, model: 'MAIN_CONTRACTOR' as const, lead: GEMEENTE })),
    );
    // A bulk load leaves the planner without statistics until autovacuum comes by; production tables have them.
    await sql`analyze`.execute(store.db);
    return ids;
  } finally {
    await store.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const url = envString('BENCH_DATABASE_URL', envString('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test'));
  const caseCount = envInt('BENCH_CASES', 100_000);
  const seconds = envInt('BENCH_SECONDS', 10);
  const prefix = `bench_${randomBytes(3).toString('hex')}_`;
  const bsns = demoBsns(caseCount);
  console.log(`seeding ${caseCount} open cases into PostgreSQL (schema ${prefix}regie)…`);
  const started = performance.now();
  const caseIds = await seedBenchCases(url, `${prefix}regie`, bsns);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; starting subgraphs and gateway…`);
  const stack = await startBenchStack({
    withPlainGateway: false,
    subgraphEnv: { DATABASE_URL: url, DATABASE_SCHEMA_PREFIX: prefix, SEED_CLIENTS: '0' },
  });
  try {
    const token = await stack.token({ sub: 'bench', org: GEMEENTE, activities: ['ketencoordinatie'], staff: false });
    const headers = { authorization: `Bearer ${token}`, 'x-processing-activity': 'ketencoordinatie', 'content-type': 'application/json' };
    const assignQuery = print(AssignRoleDocument);
    let next = 0;
    const assignLoad = (label: string, connections: number) =>
      runLoad(label, {
        url: stack.oursUrl,
        headers,
        connections,
        durationSeconds: seconds,
        body: '',
        setupRequest: (request) => {
          const caseId = caseIds[next++ % caseIds.length];
          const variables = { caseId, org: UWV, role: 'SUBCONTRACTOR', reason: 'bench', expectedVersion: 1 };
          return { ...request, body: JSON.stringify({ query: assignQuery, variables }) };
        },
      });
    const results: LoadResult[] = [];
    const cpuLines: string[] = [];
    for (const [label, connections] of [
      ['assignRole, 1 client', 1],
      ['assignRole, 8 clients', 8],
    ] as const) {
      const cpu = cpuSince(stack.processes());
      const sentBefore = next;
      results.push(await assignLoad(label, connections));
      const perRequest = Object.entries(cpu()).map(([process, ms]) => `${process} ${(ms / Math.max(1, next - sentBefore)).toFixed(2)} ms`);
      cpuLines.push(`${label}: CPU per request: ${perRequest.join(', ')}`);
    }
    printResults(results);
    for (const line of cpuLines) console.log(line);

    const pool = new Pool({ connectionString: url, max: 1 });
    const { rows } = await pool.query<{ n: string }>(
      `select count(*) as n from "${prefix}regie".role_assignment where role = 'SUBCONTRACTOR'`,
    );
    await pool.end();
    const sent = Math.min(next, caseIds.length);
    console.log(`assignRole: ${rows[0]?.n} roles assigned for ${sent} requests sent (in flight at the end of a run may be cut off)`);

    const rolesQuery = JSON.stringify({ query: print(RolesOfDocument), variables: { org: GEMEENTE, bsns: bsns.slice(0, 1000) } });
    const timings: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      const response = await fetch(stack.oursUrl, { method: 'POST', headers, body: rolesQuery });
      const json = (await response.json()) as { data?: { rolesOf: Array<{ roles: unknown[] }> }; errors?: unknown };
      if (json.errors || json.data?.rolesOf.length !== 1000) throw new Error(`rolesOf failed: ${JSON.stringify(json.errors)}`);
      if (i >= 10) timings.push(performance.now() - t0);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `rolesOf for 1,000 BSNs through the gateway (${timings.length} sequential requests after 10 warm-up): ` +
        `p50 ${percentile(timings, 50).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms`,
    );
  } finally {
    stack.stop();
    await dropBenchSchemas(url, [prefix]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
