/**
 * `npm run bench:gateway`: the dossier query through ketenregie's gateway vs. a plain @apollo/gateway on the same
 * subgraphs and supergraph, started side by side in this run, in alternating rounds. Prints requests/s, p50/p99
 * latency and the ratio ours/plain.
 *   BENCH_SECONDS (default 10) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16),
 *   SEED_CLIENTS (default 10000). BENCH_SUBGRAPH_VARIANT=partners-20ms: every partner answers 20 ms late
 *   (bench/support/runSubgraphs.ts), and the dossier's p50 per gateway is printed against the target (≤ 26 ms).
 */
import { startBenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { compareAlternating, mean, printResults, type LoadResult } from './support/load';

const SLOW_PARTNERS = 'partners-20ms';
const SLOW_PARTNERS_TARGET_P50_MS = 26;

function meanP50(results: LoadResult[], label: string): number {
  return mean(results.filter((r) => r.label.startsWith(`${label} #`)).map((r) => r.p50));
}

async function main(): Promise<void> {
  console.log(`seeding ${process.env.SEED_CLIENTS ?? 10000} clients and starting subgraphs, our gateway and a plain gateway…`);
  const variant = process.env.BENCH_SUBGRAPH_VARIANT;
  const stack = await startBenchStack({ withPlainGateway: true, subgraphEnv: variant ? { BENCH_SUBGRAPH_VARIANT: variant } : {} });
  try {
    const comparison = await compareAlternating(
      { label: 'ours', url: stack.oursUrl },
      { label: 'plain', url: stack.plainUrl as string },
      await dossierLoad(stack),
    );
    printResults(comparison.results);
    console.log(`dossier query, ${comparison.summary}`);
    if (variant === SLOW_PARTNERS) {
      const [ours, plain] = [meanP50(comparison.results, 'ours'), meanP50(comparison.results, 'plain')];
      console.log(
        `every partner answering after 20 ms: dossier p50 ours ${ours.toFixed(1)} ms, plain ${plain.toFixed(1)} ms (target ≤ ${SLOW_PARTNERS_TARGET_P50_MS} ms)`,
      );
    }
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
