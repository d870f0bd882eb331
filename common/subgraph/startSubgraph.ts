/**
 * Builds and serves one partner subgraph: its SDL and resolvers as an Apollo Federation subgraph, a per-request
 * context (verified principal plus fresh DataLoaders), masked errors and health routes. Every subgraph starts
 * through this function, so they all behave the same at the boundary.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type DocumentNode } from 'graphql';
import { type CryptoKey } from 'jose';
import { createErrorFormatter } from '../formatError';
import { startGraphQLHttpServer, type RunningHttpServer } from '../http/graphqlHttpServer';
import { loggerFor } from '../logger';
import { type Principal } from '../principal';
import { principalFromRequest } from './principalContext';

export interface SubgraphContext<TLoaders> {
  principal: Principal;
  loaders: TLoaders;
}

export interface SubgraphOptions<TLoaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
  /** Fresh loaders for each request, so nothing cached crosses requests or callers. */
  createLoaders: (principal: Principal) => TLoaders;
  /** The gateway's public key, to verify the signed principal. */
  gatewayKey: CryptoKey;
  /** Throws when the subgraph cannot serve (e.g. its store is unreachable). */
  readinessCheck: () => Promise<void>;
  port: number;
  host?: string;
}

export async function startSubgraph<TLoaders>(options: SubgraphOptions<TLoaders>): Promise<RunningHttpServer> {
  const log = loggerFor(`subgraph:${options.name}`);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    // No inline traces: they would hand resolver timings to whoever asks, and we report nothing to Apollo.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    csrfPrevention: false,
  });
  return startGraphQLHttpServer({
    apollo,
    port: options.port,
    host: options.host,
    async context(req) {
      const principal = await principalFromRequest(req, options.gatewayKey);
      return { principal, loaders: options.createLoaders(principal) };
    },
    routes: {
      '/health/live': () => ({ status: 200, body: JSON.stringify({ status: 'live' }) }),
      '/health/ready': async () => {
        try {
          await options.readinessCheck();
          return { status: 200, body: JSON.stringify({ status: 'ready' }) };
        } catch {
          return { status: 503, body: JSON.stringify({ status: 'not ready', reason: 'store unreachable' }) };
        }
      },
    },
  });
}
