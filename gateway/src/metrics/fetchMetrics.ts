/**
 * Per-partner fetch metrics, as a decorator of a subgraph data source: how long each fetch to a subgraph takes and
 * how it ended: `ok`, `errors` (the subgraph answered with GraphQL errors) or the code it failed with
 * (PARTNER_UNAVAILABLE, LOG_UNAVAILABLE, …). The subgraph label is a name from the supergraph, never caller text.
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Histogram } from 'prom-client';
import { metricsRegistry, thrownCodeLabel, timed } from '../../../common';
import { type GatewayContext } from '../context';

const fetches = new Histogram({
  name: 'ketenregie_subgraph_fetch_duration_seconds',
  help: 'Time of one gateway fetch to a subgraph, by subgraph and outcome (ok, errors, or the failure code).',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers: [metricsRegistry],
});

const FETCH_OUTCOME = {
  ok: (response: GatewayGraphQLResponse) => ({ outcome: response.errors?.length ? 'errors' : 'ok' }),
  failed: (error: unknown) => ({ outcome: thrownCodeLabel(error) }),
};

export function measuredDataSource(subgraph: string, source: GraphQLDataSource<GatewayContext>): GraphQLDataSource<GatewayContext> {
  return {
    process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
      return timed(fetches, { subgraph }, FETCH_OUTCOME, () => source.process(options));
    },
  };
}
