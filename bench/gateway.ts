/**
 * `npm run bench:gateway`: the dossier query through ketenregie's gateway vs. a plain @apollo/gateway on the same
 * subgraphs and supergraph, started side by side in this run, in alternating rounds. Prints requests/s, p50/p99
 * latency and the ratio ours/plain.
 *   BENCH_SECONDS (default 10) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16),
 *   SEED_CLIENTS (default 10000).
 */
import { startBenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { compareAlternating, printResults } from './support/load';

async function main(): Promise<void> {
  console.log(`seeding ${process.env.SEED_CLIENTS ?? 10000} clients and starting subgraphs, our gateway and a plain gateway…`);
  const stack = await startBenchStack({ withPlainGateway: true });
  try {
    const comparison = await compareAlternating(
      { label: 'ours', url: stack.oursUrl },
      { label: 'plain', url: stack.plainUrl as string },
      await dossierLoad(stack),
    );
    printResults(comparison.results);
    console.log(`dossier query, ${comparison.summary}`);
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
