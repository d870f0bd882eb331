/**
 * Walks a chained log from its first record to its head and reports the first broken link, if any: a record that
 * does not continue the chain, or one whose erasure no purge record accounts for (the rules are in `redaction.ts`).
 */
import { type BrokenLink, type ChainedLog, type ChainedRow, checkClaim, checkRedaction, checkRow, GENESIS_HASH, isRedacted, redactionClaimOf, type RedactionRules, RedactionTally, type Register, registeredActivity } from '../../common';

export interface VerificationReport {
  table: string;
  /** Records checked. */
  checked: number;
  /** Records whose personal part was purged at the end of retention (verified through their digest). */
  purged: number;
  /** The first broken link; null when the whole chain holds. */
  broken: BrokenLink | null;
}

/** What the walk reads of a log. */
export type VerifiableLog = Pick<ChainedLog, 'table' | 'head' | 'rowAt' | 'rowsAfter'>;

const PAGE = 2_000;

/** `now` is the moment the redactions are judged at (default: the present); none may lie after it. */
export async function verifyChain(log: VerifiableLog, register: Register, options: { now?: Date } = {}): Promise<VerificationReport> {
  const rules: RedactionRules = {
    now: options.now ?? new Date(),
    retentionDays: (activityId, activityVersion) => registeredActivity(register, activityId, activityVersion)?.retentionDays,
  };
  // Purge records named by the rows seen so far, each read ahead once (its own link is checked when the walk gets
  // there) with the tally of the rows naming it; dropped once the walk has compared it with its claim.
  const named = new Map<number, { purge: ChainedRow | undefined; tally: RedactionTally }>();
  const purgeNamedAt = async (seq: number) => {
    let entry = named.get(seq);
    if (!entry) named.set(seq, (entry = { purge: await log.rowAt(seq), tally: new RedactionTally() }));
    return entry;
  };
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  let purged = 0;
  const report = (broken: BrokenLink | null) => ({ table: log.table, checked, purged, broken });
  for (;;) {
    const rows = await log.rowsAfter(previous.seq, PAGE);
    for (const row of rows) {
      const broken = checkRow(row, previous);
      if (broken) return report(broken);
      if (isRedacted(row)) {
        const entry = row.redactedBy === null ? undefined : await purgeNamedAt(row.redactedBy);
        const reason = checkRedaction(row, entry?.purge, rules);
        if (reason) return report({ seq: row.seq, reason });
        entry?.tally.add(row.seq);
        purged += 1;
      }
      const claim = redactionClaimOf(row);
      if (claim) {
        const reason = checkClaim(claim, (named.get(row.seq)?.tally ?? new RedactionTally()).claim());
        if (reason) return report({ seq: row.seq, reason });
        named.delete(row.seq);
      }
      checked += 1;
      previous = { seq: row.seq, hash: row.hash };
    }
    if (rows.length < PAGE) break;
  }
  // The head guards the tail: records cut off the end, or a rewritten newest record, no longer match it.
  const head = await log.head();
  if (head.seq !== previous.seq || head.hash !== previous.hash) {
    return report(
      head.seq > previous.seq
        ? { seq: previous.seq + 1, reason: `the log ends at record ${previous.seq}, but its head says ${head.seq}: records were removed` }
        : { seq: previous.seq, reason: 'the newest records do not match the chain head' },
    );
  }
  return report(null);
}
