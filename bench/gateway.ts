/**
 * `npm run bench:gateway`: the dossier query through ketenregie's gateway vs. a plain @apollo/gateway on the same
 * subgraphs and supergraph, started side by side in this run. Rounds alternate (ours, plain, ours, plain, …) so
 * drift of the machine hits both. Prints requests/s, p50/p99 latency and the ratio ours/plain.
 *   BENCH_SECONDS (default 10) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16),
 *   SEED_CLIENTS (default 10000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { envInt } from '../common/config';
import { generateKeyPairJwk } from '../common/keys';
import { SUBGRAPH_NAMES } from '../common/partners';
import { demoBsns } from '../common/seed/population';
import { signDevToken } from '../gateway/src/auth/devIssuer';

const BENCH_ISSUER = 'https://bench.ketenregie.invalid';
import { DossierDocument } from '../test/__generated__/graphql';
import { mean, printResults, runLoad, type LoadResult } from './support/load';
import { freePort, startProcess, stopProcesses } from './support/processes';

async function main(): Promise<void> {
  const seconds = envInt('BENCH_SECONDS', 10);
  const rounds = envInt('BENCH_ROUNDS', 3);
  const connections = envInt('BENCH_CONNECTIONS', 16);
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenregie-bench-'));
  const gatewayKeys = await generateKeyPairJwk('bench-gateway');
  const issuerKeys = await generateKeyPairJwk('bench-issuer');
  const subgraphPorts = await Promise.all(SUBGRAPH_NAMES.map(() => freePort()));
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${subgraphPorts[i]}/graphql`]),
  );
  const [oursPort, plainPort] = [await freePort(), await freePort()];
  const children = [];
  try {
    console.log(`seeding ${process.env.SEED_CLIENTS ?? 10000} clients and starting subgraphs, our gateway and a plain gateway…`);
    children.push(
      await startProcess('bench/support/runSubgraphs.ts', {
        BENCH_SUBGRAPH_PORTS: subgraphPorts.join(','),
        GATEWAY_PUBLIC_JWK: JSON.stringify(gatewayKeys.publicJwk),
        DATA_DIR: dataDir,
      }),
    );
    const gatewayEnv = { ...subgraphUrls, GATEWAY_PRIVATE_JWK: JSON.stringify(gatewayKeys.privateJwk), DATA_DIR: dataDir };
    children.push(
      await startProcess(
        'gateway/src/index.ts',
        { ...gatewayEnv, PORT: String(oursPort), TRUSTED_ISSUERS: JSON.stringify([{ issuer: BENCH_ISSUER, jwks: { keys: [issuerKeys.publicJwk] } }]) },
        `http://127.0.0.1:${oursPort}/health/ready`,
      ),
    );
    children.push(await startProcess('bench/support/runPlainGateway.ts', { ...gatewayEnv, PORT: String(plainPort) }));

    const token = await signDevToken(issuerKeys, {
      issuer: BENCH_ISSUER,
      claims: { sub: 'bench', org: '00000009200000000002', activities: ['schuldhulp-intake'], staff: false },
    });
    const body = JSON.stringify({ query: print(DossierDocument), variables: { bsn: demoBsns(1)[0] } });
    const headers = { authorization: `Bearer ${token}`, 'x-processing-activity': 'schuldhulp-intake' };
    const load = (label: string, port: number) =>
      runLoad(label, { url: `http://127.0.0.1:${port}/graphql`, body, headers, connections, durationSeconds: seconds });

    await load('warm-up ours', oursPort);
    await load('warm-up plain', plainPort);
    const results: LoadResult[] = [];
    for (let round = 1; round <= rounds; round++) {
      results.push(await load(`ours #${round}`, oursPort));
      results.push(await load(`plain #${round}`, plainPort));
    }
    printResults(results);
    const ours = results.filter((r) => r.label.startsWith('ours'));
    const plain = results.filter((r) => r.label.startsWith('plain'));
    const ratio = mean(ours.map((r) => r.requestsPerSecond)) / mean(plain.map((r) => r.requestsPerSecond));
    console.log(
      `dossier query, ${connections} connections, ${rounds}×${seconds} s each: ours ${Math.round(mean(ours.map((r) => r.requestsPerSecond)))} req/s ` +
        `(p99 ${mean(ours.map((r) => r.p99)).toFixed(1)} ms), plain ${Math.round(mean(plain.map((r) => r.requestsPerSecond)))} req/s ` +
        `(p99 ${mean(plain.map((r) => r.p99)).toFixed(1)} ms); ratio ours/plain = ${ratio.toFixed(2)}`,
    );
    if ([...ours, ...plain].some((r) => r.errors > 0 || r.non2xx > 0)) {
      console.error('Some requests failed: the figures above are not comparable.');
      process.exitCode = 1;
    }
  } finally {
    stopProcesses(children);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
