/**
 * The partners' circuit breakers in Prometheus: each partner's current position (0 closed, 1 half-open, 2 open) and
 * a count of transitions by the position entered. The partner label is a subgraph name from the supergraph.
 */
import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from '../../../common';

export type CircuitPosition = 'closed' | 'half_open' | 'open';

const GAUGE_VALUE: Record<CircuitPosition, number> = { closed: 0, half_open: 1, open: 2 };

const state = new Gauge({
  name: 'ketenregie_partner_circuit_state',
  help: "A partner subgraph's circuit breaker: 0 closed (asked as usual), 1 half-open (one probe in flight), 2 open (not asked).",
  labelNames: ['partner'] as const,
  registers: [metricsRegistry],
});

const transitions = new Counter({
  name: 'ketenregie_partner_circuit_transitions_total',
  help: "Transitions of a partner subgraph's circuit breaker, by the position entered (closed, half_open, open).",
  labelNames: ['partner', 'to'] as const,
  registers: [metricsRegistry],
});

/** A new circuit starts closed; shown as such before its first transition. */
export function recordCircuitCreated(partner: string): void {
  state.set({ partner }, GAUGE_VALUE.closed);
}

export function recordCircuitTransition(partner: string, to: CircuitPosition): void {
  state.set({ partner }, GAUGE_VALUE[to]);
  transitions.inc({ partner, to });
}
