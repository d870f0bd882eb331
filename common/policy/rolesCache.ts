/**
 * An optional cache of role lookups across requests, per organisation and client (ROLES_CACHE_TTL_MS; default 0:
 * off). With a TTL, a revoked role or a closed case can still count for up to that long at a partner: a trade of
 * freshness for speed that a chain must choose knowingly. Bounded in size; the oldest entries go first.
 */
const MAX_ENTRIES = 100_000;

export class RolesCache {
  private readonly entries = new Map<string, { roles: ReadonlySet<string>; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get(org: string, bsn: string, now = Date.now()): ReadonlySet<string> | undefined {
    const key = `${org}:${bsn}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.roles;
    this.entries.delete(key);
    return undefined;
  }

  set(org: string, bsn: string, roles: ReadonlySet<string>, now = Date.now()): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(`${org}:${bsn}`, { roles, until: now + this.ttlMs });
  }
}
