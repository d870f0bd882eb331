/**
 * How long writes to the tamper-evident logs take, and which fail: the gateway's audit log and each subgraph's
 * processing log (and regie's record of role lookups). A failed write means something was refused (fail closed), so
 * an operator must see it at once. Measured where the logs are written, around the append.
 */
import { Histogram } from 'prom-client';
import { metricsRegistry } from './registry';
import { timed } from './timed';

export type MeasuredLog = 'audit' | 'processing';

const logWrites = new Histogram({
  name: 'ketenregie_log_write_duration_seconds',
  help: 'Time to append records to a tamper-evident log (audit: the gateway, processing: a subgraph), by outcome (ok, failed).',
  labelNames: ['log', 'outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

/** Runs `write` and records its duration and outcome; the write's own result or error passes through unchanged. */
export function measureLogWrite<T>(log: MeasuredLog, write: () => Promise<T>): Promise<T> {
  return timed(logWrites, { log }, { ok: () => ({ outcome: 'ok' }), failed: () => ({ outcome: 'failed' }) }, write);
}
