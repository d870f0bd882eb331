/**
 * Walks a chained log from its first record to its head and reports the first broken link, if any: a record that
 * does not continue the chain, or one whose erasure no purge record accounts for (the rules are in `redaction.ts`).
 * Then it compares the chain with the heads its witnesses countersigned: a chain rewritten from some record on,
 * every later hash and the head row recomputed, still links up, but forks from the witnessed head; one whose newest
 * records were removed and whose head row was rewritten is shorter than the witnessed head (`consistency.ts`).
 */
import {
  type BrokenLink,
  type ChainedLog,
  type ChainedRow,
  checkClaim,
  checkRedaction,
  checkRow,
  divergenceFrom,
  GENESIS_HASH,
  isRedacted,
  redactionClaimOf,
  type RedactionRules,
  RedactionTally,
  type Register,
  registeredActivity,
  type WitnessedHead,
} from '../../common';

export interface VerificationReport {
  table: string;
  /** Records checked. */
  checked: number;
  /** Records whose personal part was purged at the end of retention (verified through their digest). */
  purged: number;
  /** The first broken link; null when the whole chain holds. */
  broken: BrokenLink | null;
  /** Set when the broken link is where the chain leaves a witnessed head. */
  divergence: 'fork' | 'truncation' | null;
  /** The longest witnessed head the chain was found to extend; null when none was given (or it does not). */
  witnessed: WitnessedHead | null;
}

/** What the walk reads of a log. */
export type VerifiableLog = Pick<ChainedLog, 'table' | 'head' | 'rowAt' | 'rowsAfter'>;

const PAGE = 2_000;

/**
 * `now` is the moment the redactions are judged at (default: the present); none may lie after it. `witnessed`: the
 * heads countersigned by the log's witnesses (signatures already checked), which the chain must extend.
 */
export async function verifyChain(
  log: VerifiableLog,
  register: Register,
  options: { now?: Date; witnessed?: readonly WitnessedHead[] } = {},
): Promise<VerificationReport> {
  const witnessed = options.witnessed ?? [];
  const witnessedSizes = new Set(witnessed.map((head) => head.size));
  const hashAt = new Map<number, string>([[0, GENESIS_HASH]]);
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
  const report = (broken: BrokenLink | null, divergence: VerificationReport['divergence'] = null): VerificationReport => ({
    table: log.table,
    checked,
    purged,
    broken,
    divergence,
    witnessed: null,
  });
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
      if (witnessedSizes.has(row.seq)) hashAt.set(row.seq, row.hash);
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
  const divergence = divergenceFrom(witnessed, (size) => hashAt.get(size), previous.seq);
  if (divergence) return report({ seq: divergence.seq, reason: divergence.reason }, divergence.kind);
  const longest = witnessed.reduce<WitnessedHead | null>((best, head) => (best && best.size >= head.size ? best : head), null);
  return { ...report(null), witnessed: longest };
}
