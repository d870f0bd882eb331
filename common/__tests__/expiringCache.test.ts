import { ExpiringCache } from '../expiringCache';

describe('the expiring cache', () => {
  it('returns an entry until its instant, and nothing after', () => {
    const cache = new ExpiringCache<string>(10);
    cache.set('a', 'x', 1000);
    expect(cache.get('a', 999)).toBe('x');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.get('a', 10)).toBeUndefined(); // dropped once expired
  });

  it('drops the oldest entry when full, but not when an entry is replaced', () => {
    const cache = new ExpiringCache<number>(2);
    cache.set('a', 1, 100);
    cache.set('b', 2, 100);
    cache.set('b', 3, 100);
    expect(cache.get('a', 0)).toBe(1);
    cache.set('c', 4, 100);
    expect(cache.get('a', 0)).toBeUndefined();
    expect([cache.get('b', 0), cache.get('c', 0)]).toEqual([3, 4]);
  });
});
