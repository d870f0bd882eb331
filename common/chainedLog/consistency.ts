/**
 * Consistency of a linear hash chain with heads witnessed earlier, as pure rules. A head (size n, hash h) commits
 * to the whole chain up to record n, because every record's hash covers the one before it. So a later head is
 * consistent with a witnessed one when it is no shorter, has the same hash at the same size, and, when it is
 * longer, the chain's hash at the witnessed size is the witnessed hash (the old head is a prefix of the new one).
 * The witness applies `checkConsistency` to each head it is handed; `log:verify` applies `divergenceFrom` to the
 * whole stored chain.
 */
import { type LogHead, type WitnessedHead } from './signedHead';

/** The part of a witnessed head the rules need. */
export interface HeadAt {
  size: number;
  hash: string;
}

/**
 * Why `offered` is not consistent with `last` (the latest head witnessed for its log), or null when it is.
 * `prefix` is the chain's hash at `last.size` as the log's keeper states it; needed only when the log grew.
 */
export function checkConsistency(last: HeadAt | undefined, offered: LogHead, prefix: HeadAt | undefined): string | null {
  if (!last) return null;
  if (offered.size < last.size) return `the log shrank: ${offered.size} records, but ${last.size} were witnessed`;
  if (offered.size === last.size)
    return offered.hash === last.hash ? null : `the log forked: record ${last.size} has another hash than the one witnessed`;
  if (!prefix || prefix.size !== last.size)
    return `the log grew from the witnessed ${last.size} records; send the hash of record ${last.size}`;
  if (prefix.hash !== last.hash) return `the log forked: record ${last.size} now has another hash than the one witnessed`;
  return null;
}

/** Where a stored chain leaves what was witnessed of it. */
export interface Divergence {
  kind: 'fork' | 'truncation';
  /** The record named: the one with another hash (fork), or the first one missing (truncation). */
  seq: number;
  reason: string;
}

function describe(head: WitnessedHead): string {
  return `the head of ${head.size} records that ${head.witness} witnessed at ${head.witnessedAt}`;
}

/**
 * The first divergence of a chain of `length` records from the `witnessed` heads: a fork at the smallest witnessed
 * size whose record has another hash (`hashAt`, the stored chain's hash at a size), else a truncation when the
 * chain is shorter than a witnessed head; null when every witnessed head is a prefix of the chain.
 */
export function divergenceFrom(
  witnessed: readonly WitnessedHead[],
  hashAt: (size: number) => string | undefined,
  length: number,
): Divergence | null {
  const bySize = [...witnessed].sort((a, b) => a.size - b.size);
  for (const head of bySize) {
    if (head.size > length) break;
    if (hashAt(head.size) !== head.hash)
      return { kind: 'fork', seq: head.size, reason: `record ${head.size} has another hash than in ${describe(head)}` };
  }
  const longest = bySize[bySize.length - 1];
  if (longest && longest.size > length) {
    return {
      kind: 'truncation',
      seq: length + 1,
      reason: `the chain ends at record ${length}, but ${describe(longest)}: records were removed`,
    };
  }
  return null;
}
