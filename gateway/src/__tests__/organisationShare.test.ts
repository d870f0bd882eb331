/** The per-organisation share: places, a first-come-first-served queue, refusals with 429, and release exactly once. */
import { GraphQLError } from 'graphql';
import { OrganisationShare } from '../organisationShare';

describe('OrganisationShare', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives places up to the limit, queues the next, and refuses past the queue with TOO_MANY_REQUESTS and retry-after', async () => {
    const share = new OrganisationShare({ maxConcurrent: 2, maxQueued: 1, queueTimeoutMs: 3_000 });
    const first = await share.acquire('A');
    await share.acquire('A');
    const waiting = share.acquire('A');
    const refused = await share.acquire('A').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((refused as GraphQLError).extensions.http).toMatchObject({ status: 429 });
    expect(share.snapshot('A')).toEqual({ running: 2, queued: 1 });
    first();
    first();
    await expect(waiting).resolves.toEqual(expect.any(Function));
    expect(share.snapshot('A')).toEqual({ running: 2, queued: 0 });
  });

  it('keeps organisations apart', async () => {
    const share = new OrganisationShare({ maxConcurrent: 1, maxQueued: 0, queueTimeoutMs: 1_000 });
    await share.acquire('A');
    await expect(share.acquire('A')).rejects.toBeInstanceOf(GraphQLError);
    await expect(share.acquire('B')).resolves.toEqual(expect.any(Function));
  });

  it('refuses one that waited too long, and serves the queue in order', async () => {
    const share = new OrganisationShare({ maxConcurrent: 1, maxQueued: 2, queueTimeoutMs: 1_000 });
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
    expect(share.snapshot('A')).toEqual({ running: 1, queued: 0 });
  });
});
