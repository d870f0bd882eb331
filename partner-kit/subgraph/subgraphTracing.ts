/**
 * A subgraph's traces, built only when an OTLP endpoint is configured (common/tracing/): service name
 * `ketenregie-<subgraph>`. Every GraphQL request and every plain JSON route (regie's role lookup, a partner's
 * relationship question) gets a server span that continues the caller's `traceparent`, the gateway's fetch span;
 * the span is kept by the HTTP request, and `requestTraceOf` gives the view of it that the processing log records,
 * so a record's span id is that of an exported span. When tracing is off, `requestTraceOf` makes the ids itself
 * (common/trace.ts) and nothing else here runs.
 */
import { type IncomingMessage } from 'node:http';
import { type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { type Span, type Tracer } from '@opentelemetry/api';
import {
  continueOrStartTrace,
  endSpan,
  errorCodeOf,
  errorCodesOf,
  type JsonRouteHandler,
  serviceTracingFromEnv,
  type ServiceTracing,
  startCall,
  startChildSpan,
  startServerSpan,
  type TracedCall,
  type TraceContext,
} from '../../common';

/** One request's server span in a subgraph, and the spans its work adds under it (log write, role lookup). */
export class SubgraphRequestSpans {
  readonly span: Span;
  readonly trace: TraceContext;

  constructor(
    private readonly tracer: Tracer,
    name: string,
    traceparent: string | undefined,
  ) {
    ({ span: this.span, trace: this.trace } = startServerSpan(tracer, name, traceparent));
  }

  child(name: string): Span {
    return startChildSpan(this.tracer, name, this.span);
  }

  /** A call to another service (regie's role lookup) under this request's span. */
  call(name: string): TracedCall {
    return startCall(this.tracer, name, this.span);
  }
}

const tracedRequests = new WeakMap<IncomingMessage, SubgraphRequestSpans>();

function traceparentOf(req: IncomingMessage): string | undefined {
  return typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
}

/**
 * The subgraph's own span in the caller's trace, for this request: its server span's view when traced, otherwise
 * fresh ids under the caller's trace. Call it once per request and keep the result.
 */
export function requestTraceOf(req: IncomingMessage): TraceContext {
  return tracedRequests.get(req)?.trace ?? continueOrStartTrace(traceparentOf(req));
}

/** The request's spans, when traced. */
export function requestSpansOf(req: IncomingMessage): SubgraphRequestSpans | undefined {
  return tracedRequests.get(req);
}

export class SubgraphTracing {
  constructor(private readonly service: ServiceTracing) {}

  /** Starts the server span of a GraphQL request (ended by `plugin`) or of a plain route. */
  private startRequest(req: IncomingMessage, name: string): SubgraphRequestSpans {
    const spans = new SubgraphRequestSpans(this.service.tracer, name, traceparentOf(req));
    tracedRequests.set(req, spans);
    return spans;
  }

  /** Builds a GraphQL request's context inside its server span; a refused request (no valid principal) ends it. */
  context<T>(build: (req: IncomingMessage, request: HTTPGraphQLRequest) => Promise<T>) {
    return async (req: IncomingMessage, request: HTTPGraphQLRequest): Promise<T> => {
      const { span } = this.startRequest(req, 'subgraph.request');
      try {
        return await build(req, request);
      } catch (error) {
        endSpan(span, [errorCodeOf(error)]);
        throw error;
      }
    };
  }

  /** Ends a GraphQL request's server span as its answer leaves, failed with the answer's error codes. */
  plugin(): ApolloServerPlugin<{ spans?: SubgraphRequestSpans }> {
    return {
      async requestDidStart({ contextValue }) {
        const span = contextValue.spans?.span;
        if (!span) return;
        return {
          async willSendResponse({ response }) {
            endSpan(span, response.body.kind === 'single' ? errorCodesOf(response.body.singleResult.errors) : []);
          },
        };
      },
    };
  }

  /** Plain JSON routes, each answered inside a server span of its own. */
  routes(routes: Record<string, JsonRouteHandler> | undefined): Record<string, JsonRouteHandler> | undefined {
    if (!routes) return undefined;
    return Object.fromEntries(
      Object.entries(routes).map(([path, handle]): [string, JsonRouteHandler] => [
        path,
        async (req, body) => {
          const { span } = this.startRequest(req, `subgraph.route ${path}`);
          try {
            const response = await handle(req, body);
            endSpan(span, response.status >= 400 ? [`HTTP_${response.status}`] : []);
            return response;
          } catch (error) {
            endSpan(span, [errorCodeOf(error)]);
            throw error;
          }
        },
      ]),
    );
  }

  /** Exports what is queued; called when the subgraph stops. */
  shutdown(): Promise<void> {
    return this.service.shutdown();
  }
}

export function subgraphTracingFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): SubgraphTracing | null {
  const service = serviceTracingFromEnv(`ketenregie-${subgraph}`, 'internal', env);
  return service ? new SubgraphTracing(service) : null;
}
