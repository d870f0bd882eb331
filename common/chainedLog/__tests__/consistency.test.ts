/** Consistency with witnessed heads: what a witness accepts, and where log:verify finds a fork or a truncation. */
import { checkConsistency, divergenceFrom } from '../consistency';
import { type WitnessedHead } from '../signedHead';

const h = (c: string) => c.repeat(64);
const offered = (size: number, hash: string) => ({ log: 'uwv', size, hash, time: '2026-11-30T10:00:00.000Z' });
const witnessed = (size: number, hash: string): WitnessedHead => ({
  ...offered(size, hash),
  witness: 'regie',
  witnessedAt: '2026-11-30T10:00:01.000Z',
});

describe('checkConsistency', () => {
  const last = { size: 10, hash: h('a') };
  it.each([
    ['the first head of a log', undefined, offered(3, h('c')), undefined, null],
    ['the same head again', last, offered(10, h('a')), undefined, null],
    ['growth with the witnessed hash at the witnessed size', last, offered(12, h('c')), { size: 10, hash: h('a') }, null],
    ['a shrunken log', last, offered(9, h('b')), undefined, /shrank: 9 records, but 10/],
    ['another hash at the same size', last, offered(10, h('b')), undefined, /forked: record 10/],
    ['growth without the hash at the witnessed size', last, offered(12, h('c')), undefined, /send the hash of record 10/],
    ['growth with the hash at another size', last, offered(12, h('c')), { size: 9, hash: h('a') }, /send the hash of record 10/],
    ['growth from another prefix', last, offered(12, h('c')), { size: 10, hash: h('b') }, /forked: record 10 now/],
  ])('%s', (_what, previous, head, prefix, expected) => {
    const reason = checkConsistency(previous, head, prefix);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('divergenceFrom', () => {
  const chain = new Map([
    [0, h('0')],
    [3, h('c')],
    [5, h('e')],
  ]);
  const hashAt = (size: number) => chain.get(size);

  it('accepts a chain that extends every witnessed head', () => {
    expect(divergenceFrom([witnessed(3, h('c')), witnessed(5, h('e'))], hashAt, 7)).toBeNull();
    expect(divergenceFrom([], hashAt, 7)).toBeNull();
  });

  it('names the record at the smallest witnessed size with another hash (a fork)', () => {
    expect(divergenceFrom([witnessed(5, h('x')), witnessed(3, h('y'))], hashAt, 7)).toMatchObject({
      kind: 'fork',
      seq: 3,
      reason: expect.stringContaining('record 3 has another hash'),
    });
  });

  it('names the first missing record when the chain is shorter than a witnessed head (a truncation)', () => {
    expect(divergenceFrom([witnessed(3, h('c')), witnessed(9, h('z'))], hashAt, 5)).toMatchObject({
      kind: 'truncation',
      seq: 6,
      reason: expect.stringContaining('the chain ends at record 5, but the head of 9 records that regie witnessed'),
    });
  });
});
