/**
 * A subgraph's own metrics: its GraphQL answers by result code and their latency (no operation label: a subgraph's
 * operation names are derived from the caller's, so they are caller text), its plain JSON routes (regie's role
 * lookup, the relationship question, the witnesses) by route and HTTP status, and how long its sharing checks wait
 * for the requesting organisation's roles.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { Histogram } from 'prom-client';
import { answerCodeLabel, type JsonRouteHandler, metricsRegistry, type PlainResponse, timed } from '../../common';

const requestDuration = new Histogram({
  name: 'ketenregie_subgraph_request_duration_seconds',
  help: 'Time a subgraph takes to answer a GraphQL request, by code (OK or the first error code).',
  labelNames: ['code'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

const routeDuration = new Histogram({
  name: 'ketenregie_subgraph_route_duration_seconds',
  help: "Time a subgraph takes to answer one of its plain JSON routes (e.g. regie's /internal/roles), by route and HTTP status.",
  labelNames: ['route', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

const roleWaits = new Histogram({
  name: 'ketenregie_role_lookup_wait_seconds',
  help: "Time a partner's sharing check waits for the requesting organisation's roles of one client (regie's batched answer or the roles cache), by outcome (ok, unavailable).",
  labelNames: ['outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

export function subgraphMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = requestDuration.startTimer();
      return {
        async willSendResponse({ response }) {
          end({ code: answerCodeLabel(response.body.kind === 'single' ? response.body.singleResult.errors : undefined) });
        },
      };
    },
  };
}

const ROUTE_STATUS = {
  ok: (response: PlainResponse) => ({ status: String(response.status) }),
  failed: () => ({ status: '500' }),
};

/** The routes, each timed by its path (a fixed name) and the status it answered with. */
export function measuredJsonRoutes(routes: Record<string, JsonRouteHandler> | undefined): Record<string, JsonRouteHandler> | undefined {
  if (!routes) return undefined;
  return Object.fromEntries(
    Object.entries(routes).map(([route, handle]): [string, JsonRouteHandler] => [
      route,
      (req, body) => timed(routeDuration, { route }, ROUTE_STATUS, () => handle(req, body)),
    ]),
  );
}

/** Times one client's wait for roles; the answer or the failure passes through unchanged. */
export function measureRoleWait<T>(wait: Promise<T>): Promise<T> {
  return timed(roleWaits, {}, { ok: () => ({ outcome: 'ok' }), failed: () => ({ outcome: 'unavailable' }) }, () => wait);
}
