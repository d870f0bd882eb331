/**
 * `npm run bench:policy`: what the sharing checks cost. Two copies of the chain run side by side in this run, the
 * same code on the same seeded data, one with the checks (purpose at the gateway, roles at every partner, one
 * role lookup per request per partner) and one with them off: the subgraphs without their checks (assembled in
 * support/runSubgraphs.ts), our gateway without its purpose check (assembled in support/runBenchGateway.ts).
 * The dossier query alternates between them; prints requests/s, p99 and the ratio on/off. Target: < 10% cost.
 * A third copy keeps role lookups for BENCH_ROLES_CACHE_TTL_MS (default 5000) across requests, to show what the
 * optional cache (ROLES_CACHE_TTL_MS, off by default) buys.
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16), SEED_CLIENTS.
 */
import { envInt, generateKeyPairJwk } from '../common';
import { startBenchStack, type BenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { compareAlternating, printResults } from './support/load';

async function main(): Promise<void> {
  console.log('starting two chains: one with the sharing checks, one without…');
  const stacks: BenchStack[] = [];
  try {
    // One issuer for both chains, so one token serves both.
    const issuerKeys = await generateKeyPairJwk('bench-issuer');
    const on = await startBenchStack({ withPlainGateway: false, issuerKeys });
    stacks.push(on);
    const off = await startBenchStack({ withPlainGateway: false, issuerKeys, subgraphVariant: 'checks-off', gatewayVariant: 'checks-off' });
    stacks.push(off);
    const ttl = String(envInt('BENCH_ROLES_CACHE_TTL_MS', 5000));
    const cached = await startBenchStack({ withPlainGateway: false, issuerKeys, subgraphEnv: { ROLES_CACHE_TTL_MS: ttl } });
    stacks.push(cached);
    const options = await dossierLoad(on);
    const comparison = await compareAlternating(
      { label: 'checks on', url: on.oursUrl },
      { label: 'checks off', url: off.oursUrl },
      options,
    );
    const withCache = await compareAlternating(
      { label: `checks on, roles cached ${ttl} ms`, url: cached.oursUrl },
      { label: 'checks off', url: off.oursUrl },
      options,
    );
    printResults([...comparison.results, ...withCache.results]);
    console.log(`dossier query, ${comparison.summary}; cost of the checks: ${((1 - comparison.ratio) * 100).toFixed(1)}% of throughput`);
    console.log(`dossier query, ${withCache.summary}; cost of the checks: ${((1 - withCache.ratio) * 100).toFixed(1)}% of throughput`);
    if (comparison.failed || withCache.failed) {
      console.error('Some requests failed: the figures above are not comparable.');
      process.exitCode = 1;
    }
  } finally {
    for (const stack of stacks) stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
