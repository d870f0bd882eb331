/**
 * What operators and alerts see of supergraph reloads, in the process's one registry: how many candidates were
 * applied or refused (and why), which supergraph is served since when, and whether the latest candidate was refused
 * (so a gateway still serving an older supergraph than the one it was given is visible until the next good one).
 * Labels are hashes, triggers and refusal codes: never a person.
 */
import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from '../../../common';

const reloads = new Counter({
  name: 'ketenregie_supergraph_reloads_total',
  help: 'Supergraph candidates after start-up, by result (applied | refused) and refusal code (none when applied).',
  labelNames: ['result', 'code'] as const,
  registers: [metricsRegistry],
});

const served = new Gauge({
  name: 'ketenregie_supergraph_info',
  help: 'The served supergraph: 1 for its sha256 (first 16 hex digits).',
  labelNames: ['hash'] as const,
  registers: [metricsRegistry],
});

const loadedAt = new Gauge({
  name: 'ketenregie_supergraph_loaded_timestamp_seconds',
  help: 'When the served supergraph was loaded (Unix time, seconds).',
  registers: [metricsRegistry],
});

const refusedPending = new Gauge({
  name: 'ketenregie_supergraph_refused_pending',
  help: '1 while the latest supergraph candidate was refused and an older one is served; 0 once a candidate is applied.',
  registers: [metricsRegistry],
});

/** The supergraph with this hash is served from now on; `reload` counts it as an applied reload (not at start-up). */
export function recordServed(hash: string, at: Date, reload: boolean): void {
  served.reset();
  served.set({ hash: hash.slice(0, 16) }, 1);
  loadedAt.set(at.getTime() / 1000);
  refusedPending.set(0);
  if (reload) reloads.inc({ result: 'applied', code: 'none' });
}

/** The candidate is the served supergraph again: nothing refused is pending. */
export function recordInSync(): void {
  refusedPending.set(0);
}

export function recordRefused(code: string): void {
  reloads.inc({ result: 'refused', code });
  refusedPending.set(1);
}
