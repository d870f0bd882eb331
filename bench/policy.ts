/**
 * `npm run bench:policy`: what the sharing checks cost. Copies of the chain run side by side in this run, the same
 * code on the same seeded data: one with the checks as shipped (purpose at the gateway, roles at every partner,
 * which keeps looked-up roles while it follows regie's role-change stream, so a revoked role still stops counting
 * at the next request) and one with them off: the subgraphs without their checks (assembled in
 * support/runSubgraphs.ts), our gateway without its purpose check (assembled in support/runBenchGateway.ts).
 * A third copy has the checks with ROLES_STREAM=off: every partner asks regie on every request, which shows what
 * the stream buys. The dossier query alternates between each pair; prints requests/s, p99 and the ratio on/off.
 * Target: < 10% cost.
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16), SEED_CLIENTS.
 */
import { generateKeyPairJwk } from '../common';
import { startBenchStack, type BenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { compareAlternating, printResults } from './support/load';

async function main(): Promise<void> {
  console.log('starting three chains: checks on (role-change stream), checks on asking regie every time, checks off…');
  const stacks: BenchStack[] = [];
  try {
    // One issuer for all chains, so one token serves them all.
    const issuerKeys = await generateKeyPairJwk('bench-issuer');
    const streamed = await startBenchStack({ withPlainGateway: false, issuerKeys });
    stacks.push(streamed);
    const off = await startBenchStack({ withPlainGateway: false, issuerKeys, subgraphVariant: 'checks-off', gatewayVariant: 'checks-off' });
    stacks.push(off);
    const perRequest = await startBenchStack({ withPlainGateway: false, issuerKeys, subgraphEnv: { ROLES_STREAM: 'off' } });
    stacks.push(perRequest);
    const options = await dossierLoad(streamed);
    const withStream = await compareAlternating(
      { label: 'checks on, role-change stream', url: streamed.oursUrl },
      { label: 'checks off', url: off.oursUrl },
      options,
    );
    const askingEachTime = await compareAlternating(
      { label: 'checks on, a role lookup per request', url: perRequest.oursUrl },
      { label: 'checks off', url: off.oursUrl },
      options,
    );
    printResults([...withStream.results, ...askingEachTime.results]);
    for (const [what, comparison] of [
      ['role-change stream', withStream],
      ['a role lookup per request', askingEachTime],
    ] as const) {
      console.log(
        `dossier query (${what}), ${comparison.summary}; cost of the checks: ${((1 - comparison.ratio) * 100).toFixed(1)}% of throughput`,
      );
    }
    if (withStream.failed || askingEachTime.failed) {
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
