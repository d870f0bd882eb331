/**
 * The gateway's traces, built only when an OTLP endpoint is configured (common/tracing/): service name
 * `ketenregie-gateway`. It starts a request's spans before admission and keeps them by the HTTP request, where
 * authentication (context.ts) finds them to take the request's trace ids from the span; it decorates each
 * subgraph's data source with fetch spans and moves the request from planning to execution when the plan is
 * ready. When tracing is off none of this exists: no plugin, no decorator, no SDK call on a request's path.
 */
import { type IncomingMessage } from 'node:http';
import { type Experimental_DidResolveQueryPlanCallback, type GraphQLDataSource } from '@apollo/gateway';
import { type HTTPGraphQLRequest } from '@apollo/server';
import { errorCodeOf, serviceTracingFromEnv, type ServiceTracing } from '../../../common';
import { type GatewayContext } from '../context';
import { RequestSpans } from './requestSpans';
import { TracedDataSource } from './tracedDataSource';

const GATEWAY_SERVICE_NAME = 'ketenregie-gateway';

type Admission = (req: IncomingMessage, request: HTTPGraphQLRequest) => Promise<GatewayContext>;

const spansByRequest = new WeakMap<IncomingMessage, RequestSpans>();

/** The spans of an HTTP request, when tracing is on; authentication takes the request's trace from them. */
export function requestSpansOf(req: IncomingMessage): RequestSpans | undefined {
  return spansByRequest.get(req);
}

export class GatewayTracing {
  constructor(private readonly service: ServiceTracing) {}

  /** Admission (counting, persisted operations, authentication) as the request's first phase. */
  admission(admit: Admission): Admission {
    return async (req, request) => {
      const header = req.headers.traceparent;
      const spans = new RequestSpans(this.service.tracer, typeof header === 'string' ? header : undefined);
      spansByRequest.set(req, spans);
      spans.phase('admission');
      try {
        const context = await admit(req, request);
        spans.endPhase();
        return context;
      } catch (error) {
        spans.end([errorCodeOf(error)]);
        throw error;
      }
    };
  }

  dataSource(source: GraphQLDataSource<GatewayContext>, subgraph: string): GraphQLDataSource<GatewayContext> {
    return new TracedDataSource(source, subgraph);
  }

  /** For ApolloGateway: the plan is ready, execution begins. */
  readonly didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({ requestContext }) => {
    (requestContext.context as Partial<GatewayContext>).spans?.phase('execute');
  };

  /** Exports what is queued; called when the gateway stops. */
  shutdown(): Promise<void> {
    return this.service.shutdown();
  }
}

export function gatewayTracingFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayTracing | null {
  const service = serviceTracingFromEnv(GATEWAY_SERVICE_NAME, 'edge', env);
  return service ? new GatewayTracing(service) : null;
}
