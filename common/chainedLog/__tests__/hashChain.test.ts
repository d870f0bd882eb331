/** The chain's rules, record by record: what counts as a broken link, and what is left of a purged record. */
import { chainEntries, checkRow, GENESIS_HASH, type ChainedRow, type NewEntry } from '../hashChain';

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
