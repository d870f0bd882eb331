/**
 * Fairness between organisations: each may have a few operations in progress at the gateway at once, and together
 * no more than a budget of estimated cost (common/limits/estimateCost.ts), so a flood of expensive batches runs one
 * or two at a time while cheap dossiers run beside them. More wait in a short queue of the organisation's own,
 * first come first served; past that (or after waiting too long) they are refused with TOO_MANY_REQUESTS (HTTP
 * 429, `retry-after`). One organisation's burst then occupies a bounded share of the gateway and the partners,
 * and another organisation's requests keep moving. An operation costlier than the whole budget may still run, alone.
 */
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common';

export interface OrganisationShareOptions {
  /** Operations one organisation may have in progress at once. */
  maxConcurrent: number;
  /** Estimated cost one organisation may have in progress at once. */
  maxCostInFlight: number;
  /** Operations that may wait for a place; more are refused at once. */
  maxQueued: number;
  /** How long one may wait for a place before it is refused. */
  queueTimeoutMs: number;
}

export const DEFAULT_ORGANISATION_SHARE: Readonly<OrganisationShareOptions> = {
  maxConcurrent: 6,
  maxCostInFlight: 50_000,
  maxQueued: 100,
  queueTimeoutMs: 5_000,
};

/** Gives the place back; calling it more than once has no further effect. */
export type Release = () => void;

interface Waiter {
  cost: number;
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

interface Share {
  running: number;
  costInFlight: number;
  queue: Waiter[];
}

export function tooManyRequests(org: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Your organisation (${org}) has too many requests in progress at the gateway; retry after ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: ErrorCode.TOO_MANY_REQUESTS,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

export class OrganisationShare {
  private readonly shares = new Map<string, Share>();
  private readonly retryAfterSeconds: number;

  constructor(private readonly options: OrganisationShareOptions) {
    this.retryAfterSeconds = Math.max(1, Math.ceil(options.queueTimeoutMs / 1000));
  }

  /** Resolves with a release once the organisation has a place for this cost; rejects with TOO_MANY_REQUESTS when it gets none. */
  acquire(org: string, cost = 1): Promise<Release> {
    const share = this.shares.get(org) ?? { running: 0, costInFlight: 0, queue: [] };
    this.shares.set(org, share);
    // First come, first served: nobody passes those already waiting.
    if (share.queue.length === 0 && this.fits(share, cost)) return Promise.resolve(this.start(org, share, cost));
    if (share.queue.length >= this.options.maxQueued) return Promise.reject(tooManyRequests(org, this.retryAfterSeconds));
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        cost,
        grant: resolve,
        timer: setTimeout(() => {
          share.queue.splice(share.queue.indexOf(waiter), 1);
          reject(tooManyRequests(org, this.retryAfterSeconds));
          this.admitWaiting(org, share);
        }, this.options.queueTimeoutMs),
      };
      share.queue.push(waiter);
    });
  }

  /** Operations in progress and waiting, per organisation (for tests and metrics). */
  snapshot(org: string): { running: number; costInFlight: number; queued: number } {
    const share = this.shares.get(org);
    return { running: share?.running ?? 0, costInFlight: share?.costInFlight ?? 0, queued: share?.queue.length ?? 0 };
  }

  private fits(share: Share, cost: number): boolean {
    if (share.running === 0) return true;
    return share.running < this.options.maxConcurrent && share.costInFlight + cost <= this.options.maxCostInFlight;
  }

  private start(org: string, share: Share, cost: number): Release {
    share.running += 1;
    share.costInFlight += cost;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      share.running -= 1;
      share.costInFlight -= cost;
      this.admitWaiting(org, share);
    };
  }

  private admitWaiting(org: string, share: Share): void {
    for (let next = share.queue[0]; next && this.fits(share, next.cost); next = share.queue[0]) {
      share.queue.shift();
      clearTimeout(next.timer);
      next.grant(this.start(org, share, next.cost));
    }
    if (share.running === 0 && share.queue.length === 0) this.shares.delete(org);
  }
}
