/**
 * The process's one Prometheus registry: the gateway and every subgraph register their metrics here and serve it at
 * `/metrics`. Labels name operations, partners, codes and states, never a person: no BSN, name or amount may ever
 * become a label value (test/noPersonalData.test.ts).
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

export const metricsRegistry = new Registry();

let defaultsCollected = false;

/** Process metrics (CPU, memory, event-loop lag, GC) with the given service name as a default label; once per process. */
export function collectProcessMetrics(service: string): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
}

/** The registry in Prometheus' text exposition format, for a `/metrics` route. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
