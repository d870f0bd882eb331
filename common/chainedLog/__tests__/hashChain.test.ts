/** The chain's rules, record by record: what counts as a broken link, and what is left of a purged record. */
import { canonicalJson, chainEntries, checkRow, GENESIS_HASH, type ChainedRow, type NewEntry } from '../hashChain';

const entry = (recordedAt: string, activityId = 'kort'): NewEntry => ({
  recordedAt,
  activityId,
  activityVersion: 1,
  subject: 'a'.repeat(64),
  skeleton: { traceId: 't', status: 'DISCLOSED' },
  personal: { disclosed: ['Client.uwv'], refused: [] },
});
const genesis = { seq: 0, hash: GENESIS_HASH };

function purge(row: ChainedRow): ChainedRow {
  return { ...row, subject: null, personal: null, redactedAt: '2026-03-01T00:00:00.000Z', redactedBy: 9 };
}

describe('the hash chain', () => {
  const [first, second] = chainEntries([entry('2026-01-01T00:00:00.000Z'), entry('2026-01-02T00:00:00.000Z')], genesis);
  if (!first || !second) throw new Error('two rows expected');

  it('links each record to the one before', () => {
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(checkRow(first, genesis)).toBeNull();
    expect(checkRow(second, first)).toBeNull();
  });

  it('hashes the same content the same way whatever the key order', () => {
    const reordered = chainEntries([{ ...entry('2026-01-01T00:00:00.000Z'), skeleton: { status: 'DISCLOSED', traceId: 't' } }], genesis);
    expect(reordered[0]?.hash).toBe(first.hash);
  });

  it.each<[string, (row: ChainedRow) => ChainedRow, RegExp]>([
    ['a changed subject', (r) => ({ ...r, subject: 'b'.repeat(64) }), /subject or disclosed fields were changed/],
    ['changed fields', (r) => ({ ...r, personal: '{"disclosed":[],"refused":[]}' }), /subject or disclosed fields were changed/],
    ['a changed activity', (r) => ({ ...r, activityId: 'lang' }), /content does not match its hash/],
    ['a changed time', (r) => ({ ...r, recordedAt: '2026-01-03T00:00:00.000Z' }), /content does not match its hash/],
    ['a changed skeleton', (r) => ({ ...r, skeleton: '{"status":"REFUSED","traceId":"t"}' }), /content does not match its hash/],
    ['a broken link', (r) => ({ ...r, prevHash: GENESIS_HASH }), /link to the previous record/],
    ['a gap', (r) => ({ ...r, seq: 3 }), /records are missing/],
    ['a purge that kept personal data', (r) => ({ ...purge(r), personal: r.personal }), /still holds personal data/],
    ['a purge that kept the subject', (r) => ({ ...purge(r), subject: r.subject }), /still holds personal data/],
    ['a kept record that names a purge record', (r) => ({ ...r, redactedBy: 9 }), /names purge record 9 but is not marked purged/],
    ['a purged record whose hashed content changed', (r) => ({ ...purge(r), activityId: 'lang' }), /content does not match its hash/],
  ])('reports %s', (_name, change, reason) => {
    expect(checkRow(change(second), first)?.reason).toMatch(reason);
  });

  it("keeps the link of a purged record through its digest (whether the purge holds is redaction.ts's question)", () => {
    expect(checkRow(purge(second), first)).toBeNull();
  });
});

describe('canonicalJson', () => {
  /** How the first logs were hashed: JSON.stringify with every object rebuilt from its entries in sorted order. */
  const firstLogsJson = (value: unknown): string =>
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item,
    );

  /** A small seeded generator, so a failure names a case that can be run again. */
  function generator(seed: number) {
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const keys = ['0', '1', '2', '9', '10', '01', '-1', '1.5', '4294967294', '4294967295', 'a', 'B', 'b', 'é', 'z', 'toJSON2', '', ' '];
    const leaves: unknown[] = [
      '',
      'tekst',
      'quote " and \\ and \n',
      '€ and 😀',
      0,
      -0,
      1.5,
      1e21,
      Number.NaN,
      Infinity,
      true,
      false,
      null,
      undefined,
    ];
    const value = (depth: number): unknown => {
      const kind = depth > 3 ? 0 : Math.floor(next() * 4);
      if (kind === 0) return pick(leaves);
      if (kind === 1) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      if (kind === 2) return new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 365)));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 6) }, () => [pick(keys), value(depth + 1)]));
    };
    return () => Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 6) }, () => [pick(keys), value(1)]));
  }

  it('writes what the first logs were hashed with, for 5,000 generated records', () => {
    const next = generator(20261130);
    for (let run = 0; run < 5000; run++) {
      const record = next();
      expect([run, canonicalJson(record)]).toEqual([run, firstLogsJson(record)]);
    }
  });

  it('puts index keys first in numeric order, then the rest by code unit', () => {
    expect(canonicalJson({ b: 1, 10: 2, a: { z: 0, 9: 1 }, 2: 3 })).toBe('{"2":3,"10":2,"a":{"9":1,"z":0},"b":1}');
  });

  it('refuses a value without a JSON form rather than hash nothing', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
