/**
 * When an erasure holds: a purge record in the chain accounts for it (time and records), retention allowed it, and
 * it is not dated in the future. Checked record by record and over a whole chain, kept in memory.
 */
import { parseRegister } from '../../register';
import { chainEntries, GENESIS_HASH, type ChainedRow } from '../hashChain';
import { LOG_UPKEEP_ACTIVITY, redactionClaimOf, RedactionTally } from '../redaction';
import { verifyChain, type VerifiableLog } from '../../../scripts/lib/verifyChain';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY).toISOString();
const activity = (id: string, retentionDays: number) => ({
  id,
  version: 1,
  name: id,
  purpose: 'test',
  legalBasis: 'test',
  dataCategories: ['ORDINARY'],
  retentionDays,
  confidential: false,
});
const register = parseRegister({ activities: [activity('kort', 30), activity(LOG_UPKEEP_ACTIVITY, 3650)] });

/** Records 1 and 2 made on days 0 and 1, record 3 on day 60: a 30-day retention has ended for 1 and 2 by day 40. */
function records(): ChainedRow[] {
  const entries = [0, 1, 60].map((n) => ({
    recordedAt: day(n),
    activityId: 'kort',
    activityVersion: 1,
    subject: 'a'.repeat(64),
    skeleton: { traceId: `t${n}` },
    personal: { disclosed: ['Client.uwv'], refused: [] },
  }));
  return chainEntries(entries, { seq: 0, hash: GENESIS_HASH });
}

/** Appends a purge record made at `at` that claims `claimed`, and erases `erased` (default: the claimed) naming it. */
function purged(
  rows: ChainedRow[],
  claimed: number[],
  at: string,
  erased: number[] = claimed,
  skeleton: Record<string, unknown> = {},
): ChainedRow[] {
  const tally = new RedactionTally();
  for (const seq of claimed) tally.add(seq);
  const last = rows[rows.length - 1] ?? { seq: 0, hash: GENESIS_HASH };
  const [record] = chainEntries(
    [
      {
        recordedAt: at,
        activityId: LOG_UPKEEP_ACTIVITY,
        activityVersion: 1,
        subject: null,
        skeleton: { operationName: 'log:purge', redacted: tally.claim(), ...skeleton },
        personal: null,
      },
    ],
    last,
  );
  if (!record) throw new Error('a purge record expected');
  const erase = (row: ChainedRow): ChainedRow => ({ ...row, subject: null, personal: null, redactedAt: at, redactedBy: record.seq });
  return [...rows.map((row) => (erased.includes(row.seq) ? erase(row) : row)), record];
}

function change(rows: ChainedRow[], seq: number, patch: Partial<ChainedRow>): ChainedRow[] {
  return rows.map((row) => (row.seq === seq ? { ...row, ...patch } : row));
}

function memoryLog(rows: ChainedRow[]): VerifiableLog {
  const last = rows[rows.length - 1];
  return {
    table: 'processing_log',
    head: () => Promise.resolve(last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH }),
    rowAt: (seq) => Promise.resolve(rows.find((row) => row.seq === seq)),
    rowsAfter: (afterSeq, limit) => Promise.resolve(rows.filter((row) => row.seq > afterSeq).slice(0, limit)),
  };
}

const verify = (rows: ChainedRow[], now = day(100)) => verifyChain(memoryLog(rows), register, { now: new Date(now) });
const erasedBy = (by: number | null, at: string) => ({ subject: null, personal: null, redactedAt: at, redactedBy: by });

describe('a purge', () => {
  const genuine = purged(records(), [1, 2], day(40));

  it('verifies when its record accounts for exactly what it erased, at its own time, after retention', async () => {
    expect(await verify(genuine)).toMatchObject({ broken: null, checked: 4, purged: 2 });
    expect(await verify(purged(genuine, [], day(41)))).toMatchObject({ broken: null, checked: 5, purged: 2 });
  });

  it('is judged at the moment of verifying: a purge made after it is in the future', async () => {
    expect((await verify(genuine, day(39))).broken).toEqual({
      seq: 1,
      reason: `it is marked purged at ${day(40)}, which is in the future`,
    });
  });

  it.each<[string, (rows: ChainedRow[]) => ChainedRow[], number, RegExp]>([
    // The attack found: the personal part set to NULL and a future date, no hash touched.
    ['an erasure dated in the future', (rows) => change(rows, 3, erasedBy(null, day(500))), 3, /purged at .* which is in the future/],
    [
      'an erasure before the retention period ended',
      (rows) => change(rows, 3, erasedBy(null, day(70))),
      3,
      /before its retention period ended/,
    ],
    ['a plausible erasure that names no purge record', (rows) => change(rows, 3, erasedBy(null, day(95))), 3, /names no purge record/],
    [
      'an erasure naming an ordinary record',
      (rows) => change(rows, 2, erasedBy(3, day(40))),
      2,
      /purged by record 3, which is not a purge record/,
    ],
    [
      'an erasure naming a record that does not exist',
      (rows) => change(rows, 3, erasedBy(9, day(95))),
      3,
      /purged by record 9, which is not a purge record/,
    ],
    [
      "an erasure naming a time other than its purge record's",
      (rows) => change(rows, 2, { redactedAt: day(41) }),
      2,
      /purged at .* but its purge record 4 was made at/,
    ],
    [
      'a purge record that claims a record it did not erase',
      (rows) =>
        change(rows, 2, {
          subject: 'a'.repeat(64),
          personal: '{"disclosed":["Client.uwv"],"refused":[]}',
          redactedAt: null,
          redactedBy: null,
        }),
      4,
      /accounts for 2 purged records, but 1 name it/,
    ],
    [
      'a purge record with a changed claim',
      (rows) => change(rows, 4, { skeleton: rows[3]?.skeleton.replace(/"count":2/, '"count":1') ?? '' }),
      4,
      /content does not match its hash/,
    ],
  ])('reports %s, naming the record', async (_name, tamper, seq, reason) => {
    const { broken } = await verify(tamper(genuine));
    expect(broken?.seq).toBe(seq);
    expect(broken?.reason).toMatch(reason);
  });

  it('reports an erasure of an activity version the register does not know: retention is not guessed', async () => {
    const bumped = parseRegister({ activities: [{ ...activity('kort', 30), version: 2 }, activity(LOG_UPKEEP_ACTIVITY, 3650)] });
    const { broken } = await verifyChain(memoryLog(genuine), bumped, { now: new Date(day(100)) });
    expect(broken).toEqual({ seq: 1, reason: 'it is marked purged, but its activity "kort" version 1 is not in the register' });
  });

  it('reports an erasure naming a purge record made before it', async () => {
    const later = chainEntries(
      [{ recordedAt: day(0), activityId: 'kort', activityVersion: 1, subject: null, skeleton: {}, personal: null }],
      genuine[3] ?? { seq: 0, hash: '' },
    );
    const rows = [...genuine, ...later.map((row) => ({ ...row, ...erasedBy(4, day(40)) }))];
    expect((await verify(rows)).broken).toEqual({ seq: 5, reason: 'it is marked purged by record 4, which comes before it' });
  });

  it('reports records that name a purge record other than the one that erased them', async () => {
    // Purge record 4 erased record 1; record 2 names it instead, with its time: same count, other records.
    expect((await verify(purged(records(), [1], day(40), [2]))).broken).toEqual({
      seq: 4,
      reason: 'the records that name this purge record are not the ones it purged',
    });
  });

  it('does not take a purge record of the older format (without a claim) as accounting for anything', async () => {
    const rows = purged(records(), [1, 2], day(40));
    const legacy = chainEntries(
      [
        {
          recordedAt: day(40),
          activityId: LOG_UPKEEP_ACTIVITY,
          activityVersion: 1,
          subject: null,
          skeleton: { operationName: 'log:purge', purged: { kort: 2 } },
          personal: null,
        },
      ],
      rows[2] ?? { seq: 0, hash: '' },
    );
    expect(redactionClaimOf(legacy[0] as ChainedRow)).toBeNull();
    expect((await verify([...rows.slice(0, 3), ...legacy])).broken).toEqual({
      seq: 1,
      reason: 'it is marked purged by record 4, which is not a purge record',
    });
  });
});

describe('a redaction claim', () => {
  it('depends on the positions and their order, not only on how many', () => {
    const claim = (...seqs: number[]) => {
      const tally = new RedactionTally();
      for (const seq of seqs) tally.add(seq);
      return tally.claim();
    };
    expect(claim(1, 2)).toEqual(claim(1, 2));
    expect(claim(1, 2).digest).not.toBe(claim(1, 3).digest);
    expect(claim(1, 2).digest).not.toBe(claim(2, 1).digest);
    expect(claim(12).digest).not.toBe(claim(1, 2).digest);
    expect(claim()).toEqual({ count: 0, digest: claim().digest });
  });

  it('is read only from a well-formed upkeep record', () => {
    const [row] = records();
    if (!row) throw new Error('a record expected');
    const upkeep = { ...row, activityId: LOG_UPKEEP_ACTIVITY };
    expect(redactionClaimOf({ ...upkeep, skeleton: '{"redacted":{"count":1,"digest":"d"}}' })).toEqual({ count: 1, digest: 'd' });
    expect(redactionClaimOf({ ...row, skeleton: '{"redacted":{"count":1,"digest":"d"}}' })).toBeNull();
    expect(redactionClaimOf({ ...upkeep, skeleton: '{"redacted":{"count":"1","digest":"d"}}' })).toBeNull();
    expect(redactionClaimOf({ ...upkeep, skeleton: 'not json' })).toBeNull();
  });
});
