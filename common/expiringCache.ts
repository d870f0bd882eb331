/**
 * A bounded map whose entries expire: what the gateway and the subgraphs use to remember verified tokens, signed
 * principals and (optionally) role lookups. When full, the oldest entry goes first; an expired entry is dropped
 * when it is asked for.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` until the instant `until` (ms since the epoch). */
  set(key: string, value: V, until: number): void {
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until });
  }
}
