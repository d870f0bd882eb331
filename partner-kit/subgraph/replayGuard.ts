/**
 * Remembers ids until they expire, so each is accepted once: regie's memory of the role-lookup principals it has
 * taken (rolesPrincipalCheck.ts). Bounded, and fail closed: when it is full of ids that still live, it refuses a new
 * one rather than forget an old one (forgetting would let that one be replayed).
 */
export type FirstUse = 'FIRST' | 'REPLAYED' | 'FULL';

export class ReplayGuard {
  /** Id → until when it must be remembered (ms since the epoch), in the order the ids came. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly maxEntries: number) {}

  /** 'FIRST' (and remembered until `until`) the first time `id` comes; 'REPLAYED' after; 'FULL' when it cannot remember it. */
  use(id: string, until: number, now = Date.now()): FirstUse {
    const known = this.seen.get(id);
    if (known !== undefined && known > now) return 'REPLAYED';
    this.forgetExpired(now);
    if (this.seen.size >= this.maxEntries) return 'FULL';
    this.seen.set(id, until);
    return 'FIRST';
  }

  /**
   * Ids come with nearly the same lifetime, so the oldest expire first: drop expired ones from the front, and sweep
   * the whole map only when it is full (an id with a longer life can hold up the front).
   */
  private forgetExpired(now: number): void {
    for (const [id, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(id);
    }
    if (this.seen.size < this.maxEntries) return;
    for (const [id, until] of this.seen) if (until <= now) this.seen.delete(id);
  }
}
