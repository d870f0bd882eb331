/**
 * The public federation workload's baseline: a plain @apollo/gateway with its defaults (default data source,
 * Apollo Server's standalone HTTP server) on the composed supergraph at SUPERGRAPH_PATH, nothing of ketenregie's.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { requireEnv } from '../../../common';

async function main(): Promise<void> {
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(requireEnv('SUPERGRAPH_PATH'), 'utf8') });
  const server = new ApolloServer({ gateway, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await startStandaloneServer(server, { listen: { port: Number(requireEnv('PORT')), host: '127.0.0.1' } });
  console.log('READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
