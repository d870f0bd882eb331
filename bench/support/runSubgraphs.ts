/**
 * Benchmark helper process: the six subgraphs on the ports in BENCH_SUBGRAPH_PORTS (comma-separated, in
 * SUBGRAPH_NAMES order), SQLite stores in DATA_DIR seeded with SEED_CLIENTS clients, trusting GATEWAY_PUBLIC_JWK.
 */
import { join } from 'node:path';
import { requireEnv } from '../../common/config';
import { importKey, parseJwk } from '../../common/keys';
import { SUBGRAPH_NAMES } from '../../common/partners';
import { seedCountFromEnv } from '../../common/seed/population';
import { launchSubgraph } from '../../common/subgraph/launchSubgraph';
import { subgraphModules } from '../../subgraphs/modules';

async function main(): Promise<void> {
  const ports = requireEnv('BENCH_SUBGRAPH_PORTS').split(',').map(Number);
  const gatewayKey = await importKey(parseJwk(requireEnv('GATEWAY_PUBLIC_JWK'), 'GATEWAY_PUBLIC_JWK'));
  const dataDir = requireEnv('DATA_DIR');
  const modules = subgraphModules();
  await Promise.all(
    SUBGRAPH_NAMES.map((name, index) =>
      launchSubgraph(modules[name], {
        store: { kind: 'sqlite', file: join(dataDir, `${name}.sqlite`) },
        gatewayKey,
        port: ports[index] ?? 0,
        seedClients: seedCountFromEnv(),
      }),
    ),
  );
  console.log('READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
