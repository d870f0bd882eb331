/** Regie's role-change streams against a feed made by hand: key expiry, a held-back horizon, and pruning. */
import { EventEmitter } from 'node:events';
import { type ServerResponse } from 'node:http';
import { type RolesStreamLine } from '../../../../../partner-kit';
import { type FeedPosition, type RoleChange, type RoleChangeFeed } from '../roleChangeFeed';
import { RoleChangeStreams } from '../roleChangeStreams';

class HandFeed implements RoleChangeFeed {
  queued: RoleChange[] = [];
  /** PostgreSQL-like when set: the read's horizon and mark, and what mark() says. */
  horizon: bigint | null = null;
  readMark: bigint | null = null;
  catchUpMark: bigint | null = null;
  pruned: string[] = [];
  private lastId = 0;

  head(): Promise<FeedPosition> {
    return Promise.resolve({ tx: '0', id: String(this.lastId) });
  }
  after(position: FeedPosition) {
    const changes = this.queued.splice(0);
    this.lastId += changes.length;
    return Promise.resolve({
      changes,
      position: changes.length > 0 ? { tx: '0', id: String(this.lastId) } : position,
      horizon: this.horizon,
      mark: this.readMark,
    });
  }
  mark(): Promise<bigint | null> {
    return Promise.resolve(this.catchUpMark);
  }
  prune(id: string): Promise<void> {
    this.pruned.push(id);
    return Promise.resolve();
  }
}

/** A response that collects the lines written to it. */
class HandResponse extends EventEmitter {
  lines: RolesStreamLine[] = [];
  writableEnded = false;
  destroyed = false;
  write(text: string): boolean {
    this.lines.push(JSON.parse(text) as RolesStreamLine);
    return true;
  }
  end(): void {
    this.writableEnded = true;
  }
}

const WATCH_MS = 300_000;
const change: RoleChange = { org: 'org-a', activity: 'act', bsn: '111222333' };
let clock = 0;
let responses: HandResponse[] = [];

async function openOn(streams: RoleChangeStreams): Promise<{ res: HandResponse; id: string }> {
  const res = new HandResponse();
  responses.push(res);
  await streams.open('partner', res as unknown as ServerResponse);
  const hello = res.lines[0];
  if (hello?.type !== 'hello') throw new Error('no hello');
  return { res, id: hello.stream };
}

beforeEach(() => {
  clock = 1_000_000;
  responses = [];
});
afterEach(() => {
  for (const res of responses) res.emit('close');
});

describe('role-change streams', () => {
  it('sends no change for a key registered longer ago than the keep limit', async () => {
    const feed = new HandFeed();
    const streams = new RoleChangeStreams(feed, { watchMs: WATCH_MS, now: () => clock });
    const { res, id } = await openOn(streams);
    expect(streams.watch(id, 'partner', change.org, change.activity, [change.bsn])).toBeDefined();
    clock += WATCH_MS + 1;
    feed.queued.push(change);
    await streams.catchUp();
    expect(res.lines.filter((line) => line.type === 'change')).toEqual([]);

    // Registered again, and changed within the limit: told.
    streams.watch(id, 'partner', change.org, change.activity, [change.bsn]);
    clock += WATCH_MS;
    feed.queued.push(change);
    await streams.catchUp();
    expect(res.lines.filter((line) => line.type === 'change')).toEqual([{ type: 'change', seq: 1, ...change }]);
  });

  it('ends every stream when a mutation cannot be read in time (a transaction still open)', async () => {
    const feed = new HandFeed();
    feed.horizon = 5n;
    feed.readMark = 10n;
    feed.catchUpMark = 10n;
    const streams = new RoleChangeStreams(feed, { now: () => clock });
    const { res } = await openOn(streams);
    await streams.catchUp();
    expect(res.writableEnded).toBe(true);
  });

  it('ends every stream when the horizon has not reached a mark taken longer ago than the stale limit', async () => {
    const feed = new HandFeed();
    feed.horizon = 5n;
    feed.readMark = 10n;
    feed.catchUpMark = 5n;
    const streams = new RoleChangeStreams(feed, { now: () => clock });
    const { res } = await openOn(streams);
    await streams.catchUp();
    expect(res.writableEnded).toBe(false);
    clock += 1000;
    feed.horizon = 10n; // the first mark is reached
    feed.readMark = 12n;
    await streams.catchUp();
    clock += 1500;
    await streams.catchUp();
    expect(res.writableEnded).toBe(false);
    clock += 1000; // the horizon stood below 12 for 2.5 s
    await streams.catchUp();
    expect(res.writableEnded).toBe(true);
  });

  it('deletes the feed rows it read ten minutes ago', async () => {
    const feed = new HandFeed();
    const streams = new RoleChangeStreams(feed, { now: () => clock });
    await openOn(streams);
    feed.queued.push(change, change);
    await streams.catchUp();
    expect(feed.pruned).toEqual([]);
    feed.queued.push(change);
    clock += 10 * 60_000;
    await streams.catchUp();
    expect(feed.pruned).toEqual(['2']);
  });
});
