/**
 * Runs the public federation workload's four subgraphs in this process, each on its own port
 * (BENCH_FEDERATION_PORTS, in the order accounts,inventory,products,reviews), counting the GraphQL HTTP requests
 * each receives, whoever sends them. `GET /requests` on any of them answers the counts of all four since the last
 * such call, and starts counting from zero. Prints READY once all four listen.
 */
import { requireEnv } from '../../../common';
import { FEDERATION_SUBGRAPHS } from './schemas';
import { startSubgraphServer, type SubgraphServer } from './subgraphServer';
import { federationSubgraphSchema } from './subgraphs';

async function main(): Promise<void> {
  const ports = requireEnv('BENCH_FEDERATION_PORTS').split(',').map(Number);
  const servers = new Map<string, SubgraphServer>();
  const routes = {
    '/requests': () => JSON.stringify(Object.fromEntries([...servers].map(([name, server]) => [name, server.takeRequests()]))),
  };
  for (const [index, name] of FEDERATION_SUBGRAPHS.entries()) {
    servers.set(name, await startSubgraphServer(federationSubgraphSchema(name), ports[index] ?? 0, routes));
  }
  console.log('READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
