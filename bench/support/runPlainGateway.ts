/**
 * Benchmark baseline: a plain @apollo/gateway (default data source, Apollo Server's standalone HTTP server) on the
 * same supergraph and subgraphs. It does only what the subgraphs require to answer at all: it forwards a signed
 * principal, signed once and renewed every 30 s, instead of verifying a token and signing per request, and a fresh
 * role-lookup principal per partner fetch (regie takes each once).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { importKey, parseJwk, PRINCIPAL_HEADER, requireEnv, ROLES_PRINCIPAL_HEADER, signPrincipal, signRolesPrincipal } from '../../common';
import { SUBGRAPH_NAMES } from '../../subgraphs/partners';
import { subgraphUrlsFromEnv, DEFAULT_SUPERGRAPH_PATH } from '../../gateway/src/config';

async function main(): Promise<void> {
  const key = await importKey(parseJwk(requireEnv('GATEWAY_PRIVATE_JWK'), 'GATEWAY_PRIVATE_JWK'));
  const principal = { org: '00000009200000000002', sub: 'bench', activity: 'schuldhulp-intake', staff: false };
  // One principal per subgraph (its name as audience), renewed every 30 s.
  const signAll = async () =>
    new Map<string, string>(await Promise.all(SUBGRAPH_NAMES.map(async (aud) => [aud, await signPrincipal(principal, key, aud)] as const)));
  let signed = await signAll();
  setInterval(() => void signAll().then((fresh) => (signed = fresh)), 30_000).unref();
  const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const urls = subgraphUrlsFromEnv(process.env, supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: urls[name] ?? url,
        willSendRequest({ request }) {
          request.http?.headers.set(PRINCIPAL_HEADER, signed.get(name) ?? '');
          if (name !== 'regie')
            request.http?.headers.set(
              ROLES_PRINCIPAL_HEADER,
              signRolesPrincipal(principal, key, { partner: name, requestId: randomUUID(), lifetimeMs: 10_000 }),
            );
        },
      }),
  });
  const server = new ApolloServer({ gateway, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await startStandaloneServer(server, { listen: { port: Number(requireEnv('PORT')), host: '127.0.0.1' } });
  console.log('READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
