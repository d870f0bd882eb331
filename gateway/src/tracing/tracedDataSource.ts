/**
 * A subgraph data source with a client span per fetch: the fetch is handed on with the fetch span as its trace
 * context, so the `traceparent` the partner data source sends names this span and the subgraph's server span (and
 * its processing-log records) hang under it. Health checks and schema loads carry no request and no span. A
 * subgraph's error codes are its own text: they reach the span only as the metrics' bounded labels (our stable codes,
 * Apollo's, or OTHER).
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { codeLabel, endSpan, errorCodeOf, errorCodesOf } from '../../../common';
import { type GatewayContext } from '../context';

export class TracedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly subgraph: string,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const spans = 'incomingRequestContext' in options ? options.context.spans : undefined;
    if (!('incomingRequestContext' in options) || !spans) return this.inner.process(options);
    const fetch = spans.startFetch(this.subgraph);
    try {
      const response = await this.inner.process({ ...options, context: { ...options.context, trace: fetch.trace } });
      endSpan(fetch.span, errorCodesOf(response.errors).map(codeLabel));
      return response;
    } catch (error) {
      endSpan(fetch.span, [codeLabel(errorCodeOf(error))]);
      throw error;
    }
  }
}
