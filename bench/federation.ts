/**
 * `npm run bench:federation`: the public federation workload (accounts, inventory, products, reviews; one heavy
 * nested query, an answer of about 88 KB) through our gateway with every check on (token, purpose, limits,
 * organisation share, audit log, persisted-only) and through a plain @apollo/gateway, same subgraphs, same run,
 * alternating rounds. Prints requests/s, p50/p99, subgraph requests per query (counted at the subgraphs' HTTP
 * servers), gateway CPU time per query and each gateway's resident memory at the end. Figures print; nothing is
 * asserted.
 *   BENCH_SECONDS (default 10) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16);
 *   BENCH_GATEWAY_NODE_OPTIONS: Node options for our gateway only (e.g. `--max-old-space-size=192`, to try a heap cap);
 *   BENCH_RATE: requests/s for both gateways alike (below what the slower one answers), to compare memory at equal work.
 */
import { DEFAULT_OPERATION_LIMITS, envInt } from '../common';
import { FEDERATION_ACTIVITY } from './support/federation/schemas';
import { startFederationStack, type FederationStack } from './support/federation/federationStack';
import { HEAVY_QUERY, HEAVY_QUERY_HASH } from './support/federation/workload';
import { compareAlternating, printResults, type Contender, type LoadResult } from './support/load';
import { benchCores, pinThisProcess } from './support/processes';
import { cpuMs, residentMb } from './support/processStats';

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** One query through a gateway: its answer's data, the answer's size, and the subgraph requests it took. */
async function probe(stack: FederationStack, contender: Contender) {
  await stack.takeSubgraphRequests();
  const response = await fetch(contender.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...contender.headers },
    body: contender.body,
  });
  const text = await response.text();
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (!response.ok || answer.errors) throw new Error(`${contender.label}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { data: JSON.stringify(answer.data), bytes: Buffer.byteLength(text), subgraphRequests: await stack.takeSubgraphRequests() };
}

async function main(): Promise<void> {
  const cores = benchCores();
  if (cores) pinThisProcess(cores.rest);
  const connections = envInt('BENCH_CONNECTIONS', 16);
  const rounds = envInt('BENCH_ROUNDS', 3);
  // The heavy query is estimated at about half the cost limit, and the default organisation share lets one
  // organisation have 50,000 in flight: two of these at once. Here one organisation is the whole load, so its share
  // is sized for it: every connection may have an operation at the cost limit in flight.
  const oursEnv = {
    ORG_MAX_CONCURRENT: String(connections),
    ORG_MAX_COST_IN_FLIGHT: String(connections * DEFAULT_OPERATION_LIMITS.maxCost),
    ...(process.env.BENCH_GATEWAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS } : {}),
  };
  console.log(
    `starting the four subgraphs, our gateway and a plain gateway${cores ? ` (gateways on core ${cores.gateway}, the rest on core ${cores.rest})` : ''}…`,
  );
  const stack = await startFederationStack({ oursEnv });
  try {
    const headers = { authorization: `Bearer ${stack.token}`, 'x-processing-activity': FEDERATION_ACTIVITY };
    const ours: Contender = {
      label: 'ours',
      url: stack.oursUrl,
      // As the typed client sends it: the persisted hash only.
      body: JSON.stringify({ operationName: 'TestQuery', extensions: { persistedQuery: { version: 1, sha256Hash: HEAVY_QUERY_HASH } } }),
      headers,
    };
    const plain: Contender = {
      label: 'plain',
      url: stack.plainUrl,
      body: JSON.stringify({ query: HEAVY_QUERY, operationName: 'TestQuery' }),
    };
    const [oursProbe, plainProbe] = [await probe(stack, ours), await probe(stack, plain)];
    if (oursProbe.data !== plainProbe.data) throw new Error('the two gateways answer differently: the figures would not be comparable');
    console.log(
      `one query: answer ${(plainProbe.bytes / 1024).toFixed(1)} KB (plain), ${(oursProbe.bytes / 1024).toFixed(1)} KB (ours), same data; ` +
        `subgraph requests: ours ${total(oursProbe.subgraphRequests)} ${JSON.stringify(oursProbe.subgraphRequests)}, ` +
        `plain ${total(plainProbe.subgraphRequests)} ${JSON.stringify(plainProbe.subgraphRequests)}`,
    );

    // Per gateway, over the measured rounds: subgraph requests, CPU time and answers.
    const underLoad = new Map<string, { subgraphRequests: number; cpuMs: number; answers: number }>();
    const pidOf = (contender: Contender) => (contender === ours ? stack.pids.ours : stack.pids.plain);
    const cpuBefore = new Map<number, number>([stack.pids.ours, stack.pids.plain].map((pid) => [pid, cpuMs(pid)]));
    const comparison = await compareAlternating(ours, plain, {
      body: '',
      headers: {},
      connections,
      durationSeconds: envInt('BENCH_SECONDS', 10),
      overallRate: envInt('BENCH_RATE', 0),
      rounds,
      async afterRun(contender: Contender, result: LoadResult) {
        const counted = total(await stack.takeSubgraphRequests());
        const pid = pidOf(contender);
        const [before, after] = [cpuBefore.get(pid) ?? 0, cpuMs(pid)];
        for (const each of cpuBefore.keys()) cpuBefore.set(each, cpuMs(each));
        if (result.label.startsWith('warm-up')) return;
        const sum = underLoad.get(contender.label) ?? { subgraphRequests: 0, cpuMs: 0, answers: 0 };
        underLoad.set(contender.label, {
          subgraphRequests: sum.subgraphRequests + counted,
          cpuMs: sum.cpuMs + after - before,
          answers: sum.answers + result.requests,
        });
      },
    });
    printResults(comparison.results);
    console.log(`federation workload, ${comparison.summary}`);
    // Each round ends with up to one query per connection in flight: autocannon drops its answer, but the gateway
    // still does its work. Counted as queries, so the figures per query are not inflated by those.
    const queriesOf = (label: string) => (underLoad.get(label)?.answers ?? 0) + connections * rounds;
    const cpuPerQuery = (label: string) => (underLoad.get(label)?.cpuMs ?? NaN) / queriesOf(label);
    for (const [label, { subgraphRequests }] of underLoad) {
      console.log(
        `${label}: ${(subgraphRequests / queriesOf(label)).toFixed(2)} subgraph requests and ${cpuPerQuery(label).toFixed(1)} ms of gateway CPU per query under load`,
      );
    }
    console.log(
      `gateway CPU per query, plain/ours = ${(cpuPerQuery('plain') / cpuPerQuery('ours')).toFixed(2)} (less sensitive to other load on the machine than req/s)`,
    );
    const [oursMemory, plainMemory] = [residentMb(stack.pids.ours), residentMb(stack.pids.plain)];
    console.log(
      `resident memory at the end: ours ${oursMemory.rss} MB (peak ${oursMemory.peak} MB), plain ${plainMemory.rss} MB (peak ${plainMemory.peak} MB)`,
    );
    console.log(
      `our gateway's organisation share was sized for this load: ORG_MAX_CONCURRENT=${oursEnv.ORG_MAX_CONCURRENT}, ORG_MAX_COST_IN_FLIGHT=${oursEnv.ORG_MAX_COST_IN_FLIGHT}; operation limits are the defaults` +
        (oursEnv.NODE_OPTIONS ? `; Node options of our gateway: ${oursEnv.NODE_OPTIONS}` : ''),
    );
    if (comparison.failed) {
      console.error('Some requests failed: the figures above are not comparable.');
      process.exitCode = 1;
    }
  } finally {
    stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
