/**
 * Counts lookups in the persisted-operations cache Apollo Server is given (the manifest, read-only): a hit is a
 * request that sent only the hash of a manifest operation.
 */
import { type PersistedQueryOptions } from '@apollo/server';
import { countCacheLookup } from '../../../common';

type QueryCache = NonNullable<PersistedQueryOptions['cache']>;

export function countedPersistedOperationCache(cache: QueryCache): QueryCache {
  return {
    async get(key) {
      const found = await cache.get(key);
      countCacheLookup('persisted_operation', found !== undefined);
      return found;
    },
    set: (key, value, options) => cache.set(key, value, options),
    delete: (key) => cache.delete(key),
  };
}
