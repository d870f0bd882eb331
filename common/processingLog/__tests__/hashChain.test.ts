/** The chain's rules, record by record: what counts as a broken link and what a legitimate purge looks like. */
import { chainEntries, checkRow, GENESIS_HASH, type ChainedRow, type NewEntry } from '../hashChain';

const DAY = 86_400_000;
const entry = (recordedAt: string, activityId = 'kort'): NewEntry => ({
  recordedAt,
  activityId,
  activityVersion: 1,
  subject: 'a'.repeat(64),
  skeleton: { traceId: 't', status: 'DISCLOSED' },
  personal: { disclosed: ['Client.uwv'], refused: [] },
});
const retention = (id: string) => ({ kort: 30 })[id];
const genesis = { seq: 0, hash: GENESIS_HASH };

function purge(row: ChainedRow, at: string): ChainedRow {
  return { ...row, subject: null, personal: null, redactedAt: at };
}

describe('the hash chain', () => {
  const [first, second] = chainEntries([entry('2026-01-01T00:00:00.000Z'), entry('2026-01-02T00:00:00.000Z')], genesis);
  if (!first || !second) throw new Error('two rows expected');

  it('links each record to the one before', () => {
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(checkRow(first, genesis, retention)).toBeNull();
    expect(checkRow(second, first, retention)).toBeNull();
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
    ['a purge before the end of retention', (r) => purge(r, '2026-01-20T00:00:00.000Z'), /before its retention period ended/],
    ['a purge that kept personal data', (r) => ({ ...purge(r, '2026-03-01T00:00:00.000Z'), personal: r.personal }), /still holds personal data/],
    ['a purge of an unregistered activity', (r) => purge({ ...r, activityId: 'onbekend' }, '2026-03-01T00:00:00.000Z'), /not in the register/],
  ])('reports %s', (_name, change, reason) => {
    expect(checkRow(change(second), first, retention)?.reason).toMatch(reason);
  });

  it('accepts a purge after the retention period: the digest keeps the link', () => {
    const purged = purge(second, new Date(Date.parse(second.recordedAt) + 31 * DAY).toISOString());
    expect(checkRow(purged, first, retention)).toBeNull();
  });
});
