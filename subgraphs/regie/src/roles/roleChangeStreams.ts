/**
 * The role-change streams this regie replica holds open, one per connected partner subgraph (replica), and the
 * tail of the role-change feed (roleChangeFeed.ts) that feeds them. Protocol and privacy rules:
 * partner-kit/policy/rolesStreamProtocol.ts.
 *
 * - A stream hears only of keys (organisation, activity, BSN) its own partner was answered on it (`watch`, called
 *   by the role lookup before it reads the roles), and each at most once and for a limited time: the key is
 *   forgotten when its change is sent, until a lookup registers it again, and WATCH_MS after its registration (the
 *   partner keeps an answer no longer than ROLES_KEEP_MS). A stream that would remember more than MAX_KEYS_PER_STREAM keys is
 *   ended instead (the partner starts again with an empty cache): forgetting a key it still caches would be unsafe.
 * - Races: `watch` returns the stream's `seq` at registration. Every change the tail hands out after it gets a
 *   higher `seq`; every change handed out before it committed before the lookup read the roles.
 * - The tail polls the store every POLL_MS while a stream is open, and after a mutation here until it has read the
 *   mutation's change (`catchUp`), so a partner hears of a change made through this replica before the mutation's
 *   answer leaves; if it cannot read that far in time, it ends every stream instead (fail closed).
 *   Other replicas' changes arrive within a poll. A heartbeat goes out every ROLES_STREAM_HEARTBEAT_MS, only while
 *   the feed is fresh: when the store cannot be read, or (PostgreSQL) a long-open transaction anywhere keeps the
 *   read horizon below a mark taken STALE_AFTER_MS ago, every stream is ended, and the partners ask on every request.
 * - The tail deletes the changes every replica is past (KEEP_ROWS_MS old, below the horizon of then): a replica that
 *   (re)starts its tail starts at the head, so it never needs them.
 */
import { randomUUID } from 'node:crypto';
import { type ServerResponse } from 'node:http';
import { loggerFor } from '../../../../common';
import { ROLES_KEEP_MS, ROLES_STREAM_HEARTBEAT_MS, type RolesStreamLine, type RolesWatch } from '../../../../partner-kit';
import { type FeedPosition, type RoleChange, type RoleChangeFeed } from './roleChangeFeed';

const POLL_MS = 200;
const BATCH = 1000;
const MAX_KEYS_PER_STREAM = 200_000;
const CATCH_UP_ROUNDS = 50;
const CATCH_UP_PAUSE_MS = 5;
/** Without a fresh read for this long, the streams are ended (their partners fall back to asking each time). */
const STALE_AFTER_MS = 2 * ROLES_STREAM_HEARTBEAT_MS;
/** A key is watched this long after its registration: the partner's keep limit, and a margin for the lookup's way. */
const WATCH_MS = ROLES_KEEP_MS + 60_000;
/** Feed rows are deleted once this old (and below every reader): they name clients and organisations. */
const KEEP_ROWS_MS = 10 * 60_000;
const PRUNE_EVERY_MS = 60_000;

export interface RoleChangeStreamsOptions {
  /** How long a key is watched after its registration (WATCH_MS). */
  watchMs?: number;
  now?: () => number;
}

const keyOf = ({ org, activity, bsn }: RoleChange) => `${org}\u0000${activity}\u0000${bsn}`;

interface OpenStream {
  id: string;
  partner: string;
  res: ServerResponse;
  seq: number;
  /** The watched keys with their registration time, oldest first. */
  keys: Map<string, number>;
}

export class RoleChangeStreams {
  private readonly log = loggerFor('roles-stream');
  private readonly streams = new Map<string, OpenStream>();
  private position: FeedPosition | null = null;
  /** The horizon of the last read (roleChangeFeed.ts): every transaction below it had ended. */
  private horizon: bigint | null = null;
  /** The tail's start, shared by streams that open at once; null while no tail runs. */
  private starting: Promise<void> | null = null;
  private polled = 0;
  /** PostgreSQL: marks of reads (when taken) the horizon has not reached yet, oldest first. */
  private pending: Array<{ mark: bigint; at: number }> = [];
  /** The highest row id read, and what it was with the horizon at intervals: what may be deleted later. */
  private readId = 0n;
  private checkpoints: Array<{ id: bigint; horizon: bigint | null; at: number }> = [];
  private polling: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private readonly watchMs: number;
  private readonly now: () => number;

  constructor(
    private readonly feed: RoleChangeFeed,
    options: RoleChangeStreamsOptions = {},
  ) {
    this.watchMs = options.watchMs ?? WATCH_MS;
    this.now = options.now ?? Date.now;
  }

  /** Opens a stream for `partner` on `res`: once the tail stands at the feed's head, says hello. */
  async open(partner: string, res: ServerResponse): Promise<void> {
    const stream: OpenStream = { id: randomUUID(), partner, res, seq: 0, keys: new Map() };
    res.once('close', () => this.drop(stream));
    try {
      await this.startTail();
    } catch {
      this.log.warn({ partner }, 'role-change stream ended: the feed cannot be read');
      res.end();
      return;
    }
    if (res.writableEnded || res.destroyed) {
      if (this.streams.size === 0) this.stopTail();
      return;
    }
    this.streams.set(stream.id, stream);
    this.send(stream, { type: 'hello', stream: stream.id, seq: stream.seq });
    this.log.info({ partner, streams: this.streams.size }, 'role-change stream opened');
  }

  /**
   * Registers the keys of a lookup `partner` makes for the stream it names, if this replica holds that stream and
   * it is that partner's; undefined otherwise (the partner then keeps nothing of the answer).
   */
  watch(streamId: string | null, partner: string, org: string, activity: string, bsns: readonly string[]): RolesWatch | undefined {
    const stream = streamId === null ? undefined : this.streams.get(streamId);
    if (!stream || stream.partner !== partner) return undefined;
    const now = this.now();
    for (const bsn of bsns) {
      const key = keyOf({ org, activity, bsn });
      stream.keys.delete(key);
      stream.keys.set(key, now);
    }
    if (stream.keys.size > MAX_KEYS_PER_STREAM) {
      stream.res.end();
      return undefined;
    }
    return { stream: stream.id, seq: stream.seq };
  }

  /**
   * After a mutation through this replica: reads the feed until it has seen every transaction begun so far, the
   * mutation's included (on PostgreSQL a read skips the changes of transactions older than one still running). If
   * it has not after CATCH_UP_ROUNDS (a transaction still open somewhere), the mutation's change may concern any
   * stream's keys, so every stream is ended before the mutation answers.
   */
  async catchUp(): Promise<void> {
    if (this.streams.size === 0) return;
    let mark: bigint | null;
    try {
      mark = await this.feed.mark();
    } catch {
      this.endAll('role-change feed unreadable after a mutation: ending the streams');
      return;
    }
    for (let round = 0; round < CATCH_UP_ROUNDS; round += 1) {
      await this.poll();
      if (mark === null || (this.horizon !== null && this.horizon >= mark) || this.position === null) return;
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_PAUSE_MS));
    }
    this.endAll('role-change feed behind a mutation (a transaction still open): ending the streams');
  }

  private startTail(): Promise<void> {
    this.starting ??= (async () => {
      this.position = await this.feed.head();
      this.polled = this.now();
      this.pending = [];
      this.checkpoints = [];
      this.timers = [
        setInterval(() => void this.poll(), POLL_MS).unref(),
        setInterval(() => this.beat(), ROLES_STREAM_HEARTBEAT_MS).unref(),
      ];
    })().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private stopTail(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.position = null;
    this.starting = null;
  }

  private poll(): Promise<void> {
    this.polling = this.polling.then(() => this.pollOnce());
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    try {
      let read = BATCH;
      while (this.position !== null && read === BATCH) {
        const { changes, position, horizon, mark } = await this.feed.after(this.position, BATCH);
        if (this.position === null) return;
        this.position = position;
        this.horizon = horizon;
        for (const change of changes) this.dispatch(change);
        if (position.id !== '0' && BigInt(position.id) > this.readId) this.readId = BigInt(position.id);
        this.noteMark(mark);
        read = changes.length;
      }
    } catch {
      this.endAll('role-change feed unreadable: ending the streams');
      return;
    }
    if (this.position === null) return;
    const now = this.now();
    if (this.pending[0] !== undefined && now - this.pending[0].at > STALE_AFTER_MS) {
      this.endAll('role-change feed horizon held back by a transaction still open: ending the streams');
      return;
    }
    this.polled = now;
    await this.prune(now);
  }

  /** Forgets the marks the horizon has reached, and keeps this read's until it does. */
  private noteMark(mark: bigint | null): void {
    const horizon = this.horizon;
    if (mark === null || horizon === null) return;
    this.pending = this.pending.filter((pending) => pending.mark > horizon);
    if (mark > horizon) this.pending.push({ mark, at: this.now() });
  }

  /** Deletes the rows read KEEP_ROWS_MS ago and below the horizon of then; a failure waits for the next turn. */
  private async prune(now: number): Promise<void> {
    const last = this.checkpoints.at(-1);
    if (last === undefined || now - last.at >= PRUNE_EVERY_MS) this.checkpoints.push({ id: this.readId, horizon: this.horizon, at: now });
    const due = this.checkpoints.filter((checkpoint) => now - checkpoint.at >= KEEP_ROWS_MS).at(-1);
    if (due === undefined) return;
    try {
      await this.feed.prune(due.id.toString(), due.horizon);
      this.checkpoints = this.checkpoints.filter((checkpoint) => checkpoint.at > due.at);
    } catch {
      this.log.warn('role-change feed rows could not be deleted: trying again later');
    }
  }

  private dispatch(change: RoleChange): void {
    const key = keyOf(change);
    const now = this.now();
    for (const stream of this.streams.values()) {
      const registered = stream.keys.get(key);
      if (registered === undefined) continue;
      stream.keys.delete(key);
      if (now - registered > this.watchMs) continue;
      this.send(stream, { type: 'change', seq: stream.seq + 1, ...change });
    }
  }

  private beat(): void {
    const now = this.now();
    if (now - this.polled > STALE_AFTER_MS) {
      this.endAll('role-change feed not read in time: ending the streams');
      return;
    }
    for (const stream of this.streams.values()) {
      this.forgetExpired(stream, now);
      this.send(stream, { type: 'heartbeat', seq: stream.seq });
    }
  }

  /** Forgets the keys registered longer than watchMs ago (the map keeps them oldest first). */
  private forgetExpired(stream: OpenStream, now: number): void {
    for (const [key, registered] of stream.keys) {
      if (now - registered <= this.watchMs) return;
      stream.keys.delete(key);
    }
  }

  private send(stream: OpenStream, line: RolesStreamLine): void {
    stream.seq = line.seq;
    stream.res.write(`${JSON.stringify(line)}\n`);
  }

  private endAll(reason: string): void {
    this.log.warn({ streams: this.streams.size }, reason);
    for (const stream of this.streams.values()) stream.res.end();
    this.streams.clear();
    this.stopTail();
  }

  private drop(stream: OpenStream): void {
    this.streams.delete(stream.id);
    if (this.streams.size === 0) this.stopTail();
  }
}
