/** Walks a chained log from its first record to its head and reports the first broken link, if any. */
import { type Register } from '../register';
import { type ChainedLog } from './chainedLog';
import { checkRow, GENESIS_HASH, type BrokenLink } from './hashChain';

export interface VerificationReport {
  table: string;
  /** Records checked. */
  checked: number;
  /** Records whose personal part was purged at the end of retention (verified through their digest). */
  purged: number;
  /** The first broken link; null when the whole chain holds. */
  broken: BrokenLink | null;
}

const PAGE = 2_000;

export async function verifyChain(log: ChainedLog, register: Register): Promise<VerificationReport> {
  const retentionDays = (activityId: string) => register.byId.get(activityId)?.retentionDays;
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  let purged = 0;
  for (;;) {
    const rows = await log.rowsAfter(previous.seq, PAGE);
    for (const row of rows) {
      const broken = checkRow(row, previous, retentionDays);
      if (broken) return { table: log.table, checked, purged, broken };
      checked += 1;
      if (row.redactedAt !== null) purged += 1;
      previous = { seq: row.seq, hash: row.hash };
    }
    if (rows.length < PAGE) break;
  }
  // The head guards the tail: records cut off the end, or a rewritten newest record, no longer match it.
  const head = await log.head();
  if (head.seq !== previous.seq || head.hash !== previous.hash) {
    const broken = head.seq > previous.seq
      ? { seq: previous.seq + 1, reason: `the log ends at record ${previous.seq}, but its head says ${head.seq}: records were removed` }
      : { seq: previous.seq, reason: 'the newest records do not match the chain head' };
    return { table: log.table, checked, purged, broken };
  }
  return { table: log.table, checked, purged, broken: null };
}
