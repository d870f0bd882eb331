/**
 * Hits and misses of the caches a request goes through (the gateway's signed principals, the persisted-operations
 * manifest), so an operator can tell a cold or useless cache from a working one. One counter, the cache by name.
 */
import { Counter } from 'prom-client';
import { metricsRegistry } from './registry';

export type CacheName = 'principal' | 'persisted_operation';

const cacheLookups = new Counter({
  name: 'ketenregie_cache_lookups_total',
  help: 'Cache lookups by cache (principal, persisted_operation) and result (hit, miss).',
  labelNames: ['cache', 'result'] as const,
  registers: [metricsRegistry],
});

export function countCacheLookup(cache: CacheName, hit: boolean): void {
  cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
}
