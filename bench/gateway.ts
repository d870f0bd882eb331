/**
 * `npm run bench:gateway`: the dossier query through ketenregie's gateway vs. a plain @apollo/gateway on the same
 * subgraphs and supergraph, started side by side in this run. Rounds alternate (ours, plain, ours, plain, …) so
 * drift of the machine hits both. Prints requests/s, p50/p99 latency and the ratio ours/plain.
 *   BENCH_SECONDS (default 10) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16),
 *   SEED_CLIENTS (default 10000).
 */
import { print } from 'graphql';
import { envInt } from '../common/config';
import { demoBsns } from '../common/seed/population';
import { DossierDocument } from '../test/__generated__/graphql';
import { startBenchStack } from './support/benchStack';
import { mean, printResults, runLoad, type LoadResult } from './support/load';

async function main(): Promise<void> {
  const seconds = envInt('BENCH_SECONDS', 10);
  const rounds = envInt('BENCH_ROUNDS', 3);
  const connections = envInt('BENCH_CONNECTIONS', 16);
  console.log(`seeding ${process.env.SEED_CLIENTS ?? 10000} clients and starting subgraphs, our gateway and a plain gateway…`);
  const stack = await startBenchStack({ withPlainGateway: true });
  try {
    const token = await stack.token({ sub: 'bench', org: '00000009200000000002', activities: ['schuldhulp-intake'], staff: false });
    const body = JSON.stringify({ query: print(DossierDocument), variables: { bsn: demoBsns(1)[0] } });
    const headers = { authorization: `Bearer ${token}`, 'x-processing-activity': 'schuldhulp-intake' };
    const load = (label: string, url: string) => runLoad(label, { url, body, headers, connections, durationSeconds: seconds });
    const plainUrl = stack.plainUrl as string;

    await load('warm-up ours', stack.oursUrl);
    await load('warm-up plain', plainUrl);
    const results: LoadResult[] = [];
    for (let round = 1; round <= rounds; round++) {
      results.push(await load(`ours #${round}`, stack.oursUrl));
      results.push(await load(`plain #${round}`, plainUrl));
    }
    printResults(results);
    const ours = results.filter((r) => r.label.startsWith('ours'));
    const plain = results.filter((r) => r.label.startsWith('plain'));
    const rps = (rs: LoadResult[]) => mean(rs.map((r) => r.requestsPerSecond));
    const p99 = (rs: LoadResult[]) => mean(rs.map((r) => r.p99)).toFixed(1);
    console.log(
      `dossier query, ${connections} connections, ${rounds}×${seconds} s each: ours ${Math.round(rps(ours))} req/s (p99 ${p99(ours)} ms), ` +
        `plain ${Math.round(rps(plain))} req/s (p99 ${p99(plain)} ms); ratio ours/plain = ${(rps(ours) / rps(plain)).toFixed(2)}`,
    );
    if (results.some((r) => r.errors > 0 || r.non2xx > 0)) {
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
