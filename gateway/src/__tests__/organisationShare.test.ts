/** The per-organisation share: places, a first-come-first-served queue, refusals with 429, and release exactly once. */
import { GraphQLError } from 'graphql';
import { OrganisationShare } from '../organisationShare';

describe('OrganisationShare', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives places up to the limit, queues the next, and refuses past the queue with TOO_MANY_REQUESTS and retry-after', async () => {
    const share = new OrganisationShare({ maxConcurrent: 2, maxCostInFlight: 1_000, maxQueued: 1, queueTimeoutMs: 3_000 });
    const first = await share.acquire('A');
    await share.acquire('A');
    const waiting = share.acquire('A');
    const refused = await share.acquire('A').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((refused as GraphQLError).extensions.http).toMatchObject({ status: 429 });
    expect(share.snapshot('A')).toEqual({ running: 2, costInFlight: 2, queued: 1 });
    first();
    first();
    await expect(waiting).resolves.toEqual(expect.any(Function));
    expect(share.snapshot('A')).toEqual({ running: 2, costInFlight: 2, queued: 0 });
  });

  it('keeps organisations apart', async () => {
    const share = new OrganisationShare({ maxConcurrent: 1, maxCostInFlight: 1_000, maxQueued: 0, queueTimeoutMs: 1_000 });
    await share.acquire('A');
    await expect(share.acquire('A')).rejects.toBeInstanceOf(GraphQLError);
    await expect(share.acquire('B')).resolves.toEqual(expect.any(Function));
  });

  it('refuses one that waited too long, and serves the queue in order', async () => {
    const share = new OrganisationShare({ maxConcurrent: 1, maxCostInFlight: 1_000, maxQueued: 2, queueTimeoutMs: 1_000 });
    const release = await share.acquire('A');
    const order: string[] = [];
    const second = share.acquire('A').then((r) => (order.push('second'), r));
    const third = share.acquire('A').then((r) => (order.push('third'), r));
    release();
    (await second)();
    await third;
    expect(order).toEqual(['second', 'third']);
    const late = share.acquire('A');
    jest.advanceTimersByTime(1_000);
    await expect(late).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect(share.snapshot('A')).toEqual({ running: 1, costInFlight: 1, queued: 0 });
  });

  it('holds costly operations to the cost budget while cheap ones of another organisation pass, and runs one over budget alone', async () => {
    const share = new OrganisationShare({ maxConcurrent: 6, maxCostInFlight: 50_000, maxQueued: 10, queueTimeoutMs: 1_000 });
    const batch = await share.acquire('A', 40_000);
    let second = false;
    const next = share.acquire('A', 40_000).then((release) => ((second = true), release));
    await Promise.resolve();
    expect(second).toBe(false);
    // A cheap operation of A waits its turn behind A's queued batch: first come, first served.
    const cheap = share.acquire('A', 75);
    expect(share.snapshot('A')).toEqual({ running: 1, costInFlight: 40_000, queued: 2 });
    await expect(share.acquire('B', 75)).resolves.toEqual(expect.any(Function));
    batch();
    (await next)();
    await expect(cheap).resolves.toEqual(expect.any(Function));
    const huge = await share.acquire('C', 80_000);
    expect(share.snapshot('C')).toEqual({ running: 1, costInFlight: 80_000, queued: 0 });
    huge();
  });
});
