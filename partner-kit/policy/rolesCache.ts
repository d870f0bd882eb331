/**
 * The roles a partner has looked up, kept across requests only while regie's role-change stream is live
 * (rolesStreamProtocol.ts), and dropped on the change event: so a revoked role or a closed case stops counting as
 * soon as the event arrives, and not a request later than without the cache.
 *
 * Keyed by requesting organisation, processing activity and BSN: regie's answer depends on all three (a role counts
 * only in a case opened for the declared activity). Rules, each closing a race:
 * - Nothing is kept or served while the stream is not live (not yet connected, cut, or silent past its heartbeat):
 *   every request then asks regie, as without a cache. A cut clears everything.
 * - An answer is kept only when regie registered its keys for the live stream (`watch`), so a later change will be
 *   sent; and not when a change for the key with a higher `seq` than the answer's arrived while it was in flight
 *   (that change may postdate what regie read). A change that arrives later drops the entry.
 * - An entry lives no longer than its earliest role's `validUntil` (an expiring role has no event), nor than
 *   ROLES_KEEP_MS, a bound on what an unforeseen fault could cost (regie watches a key for no longer either).
 * - Kept roles serve only a request that carries its own role-lookup principal, once (`firstPresentation`): as regie
 *   takes each principal once, so a principal replayed straight at a partner gets no kept roles either.
 */
import { hash as oneShotHash } from 'node:crypto';
import { unverifiedExpiry, usableUntilMs } from '../../common';
import { ReplayGuard } from '../subgraph/replayGuard';
import { type HeldRoles } from './disclosureChecker';
import { ROLES_KEEP_MS, type RolesWatch } from './rolesStreamProtocol';

const MAX_ENTRIES = 100_000;
/** Role-lookup principals live seconds; this many at once would be refused rather than remembered less well. */
const MAX_LIVE_PRINCIPALS = 200_000;

/** One looked-up client: the roles, and until when they hold at most (ms since the epoch; absent: no end). */
export interface LookedUpRoles {
  held: HeldRoles;
  until?: number;
}

const keyOf = (org: string, activity: string, bsn: string) => `${org}\u0000${activity}\u0000${bsn}`;

export class RolesCache {
  private live: string | null = null;
  private readonly entries = new Map<string, { held: HeldRoles; until: number }>();
  /** Keys with a lookup in flight: how many, and the highest change `seq` heard meanwhile (Infinity after a cut). */
  private readonly inFlight = new Map<string, { count: number; changedSeq: number }>();

  private readonly presented = new ReplayGuard(MAX_LIVE_PRINCIPALS);

  /**
   * True the first time a request presents this role-lookup principal (already verified with the request, so its
   * expiry can be read); false when it was presented before or cannot be remembered.
   */
  firstPresentation(rolesPrincipal: string, now = Date.now()): boolean {
    const id = oneShotHash('sha256', rolesPrincipal, 'base64url');
    return this.presented.use(id, usableUntilMs(unverifiedExpiry(rolesPrincipal) ?? 0), now) === 'FIRST';
  }

  /** The live stream's id, for lookups to name; null while none is live. */
  get liveStream(): string | null {
    return this.live;
  }

  get(org: string, activity: string, bsn: string, now = Date.now()): HeldRoles | undefined {
    if (this.live === null) return undefined;
    const key = keyOf(org, activity, bsn);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.held;
    this.entries.delete(key);
    return undefined;
  }

  /** A lookup for these keys is about to be sent. */
  begin(org: string, activity: string, bsns: readonly string[]): void {
    for (const bsn of bsns) {
      const key = keyOf(org, activity, bsn);
      const flight = this.inFlight.get(key);
      if (flight) flight.count += 1;
      else this.inFlight.set(key, { count: 1, changedSeq: 0 });
    }
  }

  /** The lookup begun for these keys is over: keeps its answers (null when it failed) where the rules allow. */
  settle(
    org: string,
    activity: string,
    bsns: readonly string[],
    answers: ReadonlyMap<string, LookedUpRoles> | null,
    watch: RolesWatch | undefined,
    now = Date.now(),
  ): void {
    const keepable = answers !== null && watch !== undefined && watch.stream === this.live;
    for (const bsn of bsns) {
      const key = keyOf(org, activity, bsn);
      const flight = this.inFlight.get(key);
      const answer = answers?.get(bsn);
      if (keepable && answer && flight && flight.changedSeq <= watch.seq) this.keep(key, answer, now);
      if (flight && --flight.count === 0) this.inFlight.delete(key);
    }
  }

  private keep(key: string, { held, until }: LookedUpRoles, now: number): void {
    if (!this.entries.has(key) && this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { held, until: Math.min(until ?? Infinity, now + ROLES_KEEP_MS) });
  }

  /** The stream is open: lookups may name it from now on. */
  connected(stream: string): void {
    this.dropAll();
    this.live = stream;
  }

  /** A change to roles the partner was told on this stream: drop them, and spoil answers still in flight. */
  changed(org: string, activity: string, bsn: string, seq: number): void {
    const key = keyOf(org, activity, bsn);
    this.entries.delete(key);
    const flight = this.inFlight.get(key);
    if (flight) flight.changedSeq = Math.max(flight.changedSeq, seq);
  }

  /** The stream is cut or silent: nothing kept counts any more, and nothing in flight will be kept. */
  disconnected(): void {
    this.live = null;
    this.dropAll();
  }

  private dropAll(): void {
    this.entries.clear();
    for (const flight of this.inFlight.values()) flight.changedSeq = Infinity;
  }
}

/** A compact JWS's `exp` in ms (0 when unreadable, so it is remembered for no time and counts as used). */
