/** One partner fetch's signal: the partner's timeout or the client leaving, whichever is first; nothing after release. */
import { fetchSignal } from '../fetchSignal';

describe('fetchSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts with a TimeoutError once the timeout has passed', () => {
    const { signal } = fetchSignal(3_000, new AbortController().signal);
    jest.advanceTimersByTime(2_999);
    expect(signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).name).toBe('TimeoutError');
  });

  it('aborts at once, with the same reason, when the client goes away', () => {
    const client = new AbortController();
    const { signal } = fetchSignal(3_000, client.signal);
    client.abort(new Error('gone'));
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).message).toBe('gone');
  });

  it('is aborted from the start for a client already gone', () => {
    const client = new AbortController();
    client.abort();
    expect(fetchSignal(3_000, client.signal).signal.aborted).toBe(true);
  });

  it('after release neither the timer nor the client aborts it, and no timer is left', () => {
    const client = new AbortController();
    const { signal, release } = fetchSignal(3_000, client.signal);
    release();
    expect(jest.getTimerCount()).toBe(0);
    client.abort();
    jest.advanceTimersByTime(10_000);
    expect(signal.aborted).toBe(false);
  });

  it('works without a client signal (health checks, schema loading)', () => {
    const { signal } = fetchSignal(50, undefined);
    jest.advanceTimersByTime(50);
    expect(signal.aborted).toBe(true);
  });
});
