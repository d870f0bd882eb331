/**
 * An optional cache of role lookups across requests, per organisation and client (ROLES_CACHE_TTL_MS; default 0:
 * off). With a TTL, a revoked role or a closed case can still count for up to that long at a partner: a trade of
 * freshness for speed that a chain must choose knowingly. Bounded in size; the oldest entries go first.
 */
import { ExpiringCache } from '../../common';
import { type HeldRoles } from './disclosureChecker';

const MAX_ENTRIES = 100_000;

export class RolesCache {
  private readonly entries = new ExpiringCache<HeldRoles>(MAX_ENTRIES);

  constructor(private readonly ttlMs: number) {}

  get(org: string, bsn: string, now = Date.now()): HeldRoles | undefined {
    return this.entries.get(`${org}:${bsn}`, now);
  }

  set(org: string, bsn: string, roles: HeldRoles, now = Date.now()): void {
    this.entries.set(`${org}:${bsn}`, roles, now + this.ttlMs);
  }
}
