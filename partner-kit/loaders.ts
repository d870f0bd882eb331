/**
 * DataLoader factories for the one access pattern every subgraph has: many BSNs in, one SQL query out.
 * A batch fetch returns a map; keys it lacks resolve to null (single values) or [] (lists).
 */
import DataLoader from 'dataloader';
import { MAX_BATCH_SIZE } from '../common';

export { MAX_BATCH_SIZE };

export function singleValueLoader<K, V>(fetchMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const found = await fetchMany(keys);
      return keys.map((key) => found.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

export function listLoader<K, V>(fetchMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V[]>>): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const found = await fetchMany(keys);
      return keys.map((key) => found.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** Indexes rows by a key; later rows win. */
export function indexBy<K, V>(rows: readonly V[], keyOf: (row: V) => K): Map<K, V> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}

/** Groups rows by a key, keeping their order. */
export function groupBy<K, V>(rows: readonly V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
