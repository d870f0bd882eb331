import { ReplayGuard } from '../replayGuard';

describe('the replay guard', () => {
  it('accepts an id once while it lives, and again only after it expired', () => {
    const guard = new ReplayGuard(10);
    expect(guard.use('a', 2_000, 1_000)).toBe('FIRST');
    expect(guard.use('a', 2_000, 1_500)).toBe('REPLAYED');
    expect(guard.use('b', 2_000, 1_500)).toBe('FIRST');
    expect(guard.use('a', 3_000, 2_000)).toBe('FIRST');
  });

  it('refuses a new id when full of live ones, rather than forget one that could then be replayed', () => {
    const guard = new ReplayGuard(2);
    expect(guard.use('a', 5_000, 1_000)).toBe('FIRST');
    expect(guard.use('b', 5_000, 1_000)).toBe('FIRST');
    expect(guard.use('c', 5_000, 1_000)).toBe('FULL');
    expect(guard.use('a', 5_000, 1_000)).toBe('REPLAYED');
  });

  it('makes room by forgetting expired ids, also behind a longer-lived one at the front', () => {
    const guard = new ReplayGuard(2);
    expect(guard.use('long', 9_000, 1_000)).toBe('FIRST');
    expect(guard.use('short', 2_000, 1_000)).toBe('FIRST');
    expect(guard.use('c', 5_000, 3_000)).toBe('FIRST');
    expect(guard.use('long', 9_000, 3_000)).toBe('REPLAYED');
  });
});
