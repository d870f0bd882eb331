/**
 * The role-change streams this regie replica holds open, one per connected partner subgraph (replica), and the
 * tail of the role-change feed (roleChangeFeed.ts) that feeds them. Protocol and privacy rules:
 * partner-kit/policy/rolesStreamProtocol.ts.
 *
 * - A stream hears only of keys (organisation, activity, BSN) its own partner was answered on it (`watch`, called
 *   by the role lookup before it reads the roles), and each at most once: the key is forgotten when its change is
 *   sent, until a lookup registers it again. A stream that would remember more than MAX_KEYS_PER_STREAM keys is
 *   ended instead (the partner starts again with an empty cache): forgetting a key it still caches would be unsafe.
 * - Races: `watch` returns the stream's `seq` at registration. Every change the tail hands out after it gets a
 *   higher `seq`; every change handed out before it committed before the lookup read the roles.
 * - The tail polls the store every POLL_MS while a stream is open, and after a mutation here until it has read the
 *   mutation's change (`catchUp`), so a partner hears of a change made through this replica before the mutation's
 *   answer leaves.
 *   Other replicas' changes arrive within a poll. A heartbeat goes out every ROLES_STREAM_HEARTBEAT_MS, only while
 *   polls succeed: when the store cannot be read, every stream is ended, and the partners ask on every request.
 */
import { randomUUID } from 'node:crypto';
import { type ServerResponse } from 'node:http';
import { loggerFor } from '../../../../common';
import { ROLES_STREAM_HEARTBEAT_MS, type RolesStreamLine, type RolesWatch } from '../../../../partner-kit';
import { type FeedPosition, type RoleChange, type RoleChangeFeed } from './roleChangeFeed';

const POLL_MS = 200;
const BATCH = 1000;
const MAX_KEYS_PER_STREAM = 200_000;
const CATCH_UP_ROUNDS = 50;
const CATCH_UP_PAUSE_MS = 5;
/** Without a successful poll for this long, the streams are ended (their partners fall back to asking each time). */
const STALE_AFTER_MS = 2 * ROLES_STREAM_HEARTBEAT_MS;

const keyOf = ({ org, activity, bsn }: RoleChange) => `${org}\u0000${activity}\u0000${bsn}`;

interface OpenStream {
  id: string;
  partner: string;
  res: ServerResponse;
  seq: number;
  keys: Set<string>;
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
  private polling: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly feed: RoleChangeFeed) {}

  /** Opens a stream for `partner` on `res`: once the tail stands at the feed's head, says hello. */
  async open(partner: string, res: ServerResponse): Promise<void> {
    const stream: OpenStream = { id: randomUUID(), partner, res, seq: 0, keys: new Set() };
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
    for (const bsn of bsns) stream.keys.add(keyOf({ org, activity, bsn }));
    if (stream.keys.size > MAX_KEYS_PER_STREAM) {
      stream.res.end();
      return undefined;
    }
    return { stream: stream.id, seq: stream.seq };
  }

  /**
   * After a mutation through this replica: reads the feed until it has seen every transaction begun so far, the
   * mutation's included (on PostgreSQL a read skips the changes of transactions older than one still running), or
   * gives up after CATCH_UP_ROUNDS and leaves the rest to the regular polls.
   */
  async catchUp(): Promise<void> {
    if (this.streams.size === 0) return;
    let mark: bigint | null;
    try {
      mark = await this.feed.mark();
    } catch {
      return;
    }
    for (let round = 0; round < CATCH_UP_ROUNDS; round += 1) {
      await this.poll();
      if (mark === null || (this.horizon !== null && this.horizon >= mark) || this.position === null) return;
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_PAUSE_MS));
    }
  }

  private startTail(): Promise<void> {
    this.starting ??= (async () => {
      this.position = await this.feed.head();
      this.polled = Date.now();
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
        const { changes, position, horizon } = await this.feed.after(this.position, BATCH);
        if (this.position === null) return;
        this.position = position;
        this.horizon = horizon;
        for (const change of changes) this.dispatch(change);
        read = changes.length;
      }
      this.polled = Date.now();
    } catch {
      this.log.warn({ streams: this.streams.size }, 'role-change feed unreadable: ending the streams');
      this.endAll();
    }
  }

  private dispatch(change: RoleChange): void {
    const key = keyOf(change);
    for (const stream of this.streams.values()) {
      if (!stream.keys.delete(key)) continue;
      this.send(stream, { type: 'change', seq: stream.seq + 1, ...change });
    }
  }

  private beat(): void {
    if (Date.now() - this.polled > STALE_AFTER_MS) {
      this.log.warn({ streams: this.streams.size }, 'role-change feed not read in time: ending the streams');
      this.endAll();
      return;
    }
    for (const stream of this.streams.values()) this.send(stream, { type: 'heartbeat', seq: stream.seq });
  }

  private send(stream: OpenStream, line: RolesStreamLine): void {
    stream.seq = line.seq;
    stream.res.write(`${JSON.stringify(line)}\n`);
  }

  private endAll(): void {
    for (const stream of this.streams.values()) stream.res.end();
    this.streams.clear();
    this.stopTail();
  }

  private drop(stream: OpenStream): void {
    this.streams.delete(stream.id);
    if (this.streams.size === 0) this.stopTail();
  }
}
