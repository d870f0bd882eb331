/**
 * A subgraph data source behind its partner's circuit breaker (./partnerCircuit.ts), as a decorator. Only
 * operations that clients sent go through the circuit. Requests without a client (Apollo's health checks and schema
 * loading) pass straight on, neither refused by an open circuit nor counted, so they always see the partner as it is.
 * A probe's fetch gets a `clientGone` that never fires: it runs until the partner answers or times out, whether or not
 * its client stays, so a client that drops its connection cannot end the probe without a verdict (REQUEST_CANCELLED).
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type GatewayContext } from '../context';
import { type PartnerCircuit } from './partnerCircuit';

export function circuitBreakingDataSource(
  circuit: PartnerCircuit,
  source: GraphQLDataSource<GatewayContext>,
): GraphQLDataSource<GatewayContext> {
  return {
    process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
      if (!('incomingRequestContext' in options)) return source.process(options);
      return circuit.run((probe) =>
        source.process(probe ? { ...options, context: { ...options.context, clientGone: new AbortController().signal } } : options),
      );
    },
  };
}
