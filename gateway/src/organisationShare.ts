/**
 * Fairness between organisations: each may have a few operations in progress at the gateway at once; more wait in
 * a short queue of their own, first come first served, and past that (or after waiting too long) they are refused
 * with TOO_MANY_REQUESTS (HTTP 429, `retry-after`). One organisation's burst of expensive operations then occupies
 * a bounded share of the gateway and the partners, and another organisation's requests keep moving.
 */
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common/errors';

export interface OrganisationShareOptions {
  /** Operations one organisation may have in progress at once. */
  maxConcurrent: number;
  /** Operations that may wait for a place; more are refused at once. */
  maxQueued: number;
  /** How long one may wait for a place before it is refused. */
  queueTimeoutMs: number;
}

export const DEFAULT_ORGANISATION_SHARE: Readonly<OrganisationShareOptions> = { maxConcurrent: 6, maxQueued: 100, queueTimeoutMs: 5_000 };

/** Gives the place back; calling it more than once has no further effect. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

interface Share {
  running: number;
  queue: Waiter[];
}

export function tooManyRequests(org: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Your organisation (${org}) has too many requests in progress at the gateway; retry after ${retryAfterSeconds} s.`, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

export class OrganisationShare {
  private readonly shares = new Map<string, Share>();
  private readonly retryAfterSeconds: number;

  constructor(private readonly options: OrganisationShareOptions) {
    this.retryAfterSeconds = Math.max(1, Math.ceil(options.queueTimeoutMs / 1000));
  }

  /** Resolves with a release once the organisation has a place; rejects with TOO_MANY_REQUESTS when it gets none. */
  acquire(org: string): Promise<Release> {
    const share = this.shares.get(org) ?? { running: 0, queue: [] };
    this.shares.set(org, share);
    if (share.running < this.options.maxConcurrent) {
      share.running += 1;
      return Promise.resolve(this.releaseFor(org, share));
    }
    if (share.queue.length >= this.options.maxQueued) return Promise.reject(tooManyRequests(org, this.retryAfterSeconds));
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          share.queue.splice(share.queue.indexOf(waiter), 1);
          reject(tooManyRequests(org, this.retryAfterSeconds));
        }, this.options.queueTimeoutMs),
      };
      share.queue.push(waiter);
    });
  }

  /** Operations in progress and waiting, per organisation (for tests and metrics). */
  snapshot(org: string): { running: number; queued: number } {
    const share = this.shares.get(org);
    return { running: share?.running ?? 0, queued: share?.queue.length ?? 0 };
  }

  private releaseFor(org: string, share: Share): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = share.queue.shift();
      if (next) {
        // The place passes straight to the next in line; `running` stays the same.
        clearTimeout(next.timer);
        next.grant(this.releaseFor(org, share));
        return;
      }
      share.running -= 1;
      if (share.running === 0) this.shares.delete(org);
    };
  }
}
