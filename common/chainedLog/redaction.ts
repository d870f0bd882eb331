/**
 * When a record's erasure (purge) is legitimate, as pure rules. A record's own hash cannot cover its later erasure
 * (the records after it link to that hash), so the erasure is accounted for by a record appended after it: the
 * purge record (activity `logboek-beheer`), written in the same transaction as the erasure. Its hashed content
 * commits to the erasure time (its own `recordedAt`) and to exactly which records it erased (`redacted`: their
 * number and a digest of their positions). Each erased row names its purge record (`redactedBy`) and the time
 * (`redactedAt`). An erasure holds only when:
 *   - its time is not in the future, and not before its activity's retention ended (from the register, by activity
 *     id and version);
 *   - the purge record it names comes after it, commits to an erasure, and has that very time;
 *   - every purge record's commitment matches the rows that name it exactly: none more, none fewer.
 * Faking an erasure thus means rewriting a purge record, which breaks every link after it; and a purge record
 * forged at the head of the chain could only erase what retention allowed to be erased anyway.
 */
import { createHash } from 'node:crypto';
import { type ProcessingActivity, type Register } from '../register';
import { type ChainedRow } from './hashChain';

/** The register's activity under which the logs' own upkeep (purges) is recorded. */
export const LOG_UPKEEP_ACTIVITY = 'logboek-beheer';

const DAY = 86_400_000;

/** What a purge record commits to: how many records it erased and a digest of their positions, in chain order. */
export interface RedactionClaim {
  count: number;
  digest: string;
}

/** Builds a claim from positions added in chain order (ascending), as the purge and the verifier both do. */
export class RedactionTally {
  private readonly hash = createHash('sha256');
  private count = 0;

  add(seq: number): void {
    this.hash.update(`${seq}\n`);
    this.count += 1;
  }

  claim(): RedactionClaim {
    return { count: this.count, digest: this.hash.copy().digest('hex') };
  }
}

/** The register's entry for exactly this activity version; retention is never guessed from another version. */
export function registeredActivity(register: Register, activityId: string, activityVersion: number): ProcessingActivity | undefined {
  const activity = register.byId.get(activityId);
  return activity?.version === activityVersion ? activity : undefined;
}

/** The claim a purge record commits to; null for any other record (including purge records of an older format). */
export function redactionClaimOf(row: ChainedRow): RedactionClaim | null {
  if (row.activityId !== LOG_UPKEEP_ACTIVITY) return null;
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(row.skeleton);
  } catch {
    return null;
  }
  const redacted = typeof skeleton === 'object' && skeleton !== null ? (skeleton as { redacted?: unknown }).redacted : undefined;
  if (typeof redacted !== 'object' || redacted === null) return null;
  const { count, digest } = redacted as { count?: unknown; digest?: unknown };
  return typeof count === 'number' && typeof digest === 'string' ? { count, digest } : null;
}

export type RedactedRow = ChainedRow & { redactedAt: string };

export function isRedacted(row: ChainedRow): row is RedactedRow {
  return row.redactedAt !== null;
}

export interface RedactionRules {
  now: Date;
  retentionDays(activityId: string, activityVersion: number): number | undefined;
}

/**
 * Why the erasure of `row` does not hold, or null when it does. `purge` is the record at the position the row
 * names as its purge record (undefined when there is none); its own link is checked when the chain reaches it.
 */
export function checkRedaction(row: RedactedRow, purge: ChainedRow | undefined, rules: RedactionRules): string | null {
  const at = Date.parse(row.redactedAt);
  if (Number.isNaN(at)) return `it is marked purged at "${row.redactedAt}", which is not a time`;
  if (at > rules.now.getTime()) return `it is marked purged at ${row.redactedAt}, which is in the future`;
  const days = rules.retentionDays(row.activityId, row.activityVersion);
  if (days === undefined)
    return `it is marked purged, but its activity "${row.activityId}" version ${row.activityVersion} is not in the register`;
  if (at < Date.parse(row.recordedAt) + days * DAY) return `it is marked purged at ${row.redactedAt}, before its retention period ended`;
  const by = row.redactedBy;
  if (by === null) return 'it is marked purged, but names no purge record';
  if (by <= row.seq) return `it is marked purged by record ${by}, which comes before it`;
  if (!purge || redactionClaimOf(purge) === null) return `it is marked purged by record ${by}, which is not a purge record`;
  if (purge.recordedAt !== row.redactedAt)
    return `it is marked purged at ${row.redactedAt}, but its purge record ${by} was made at ${purge.recordedAt}`;
  return null;
}

/** Why a purge record's `claim` does not match the rows that name it (`named`, tallied in chain order), or null. */
export function checkClaim(claim: RedactionClaim, named: RedactionClaim): string | null {
  if (claim.count !== named.count) return `this purge record accounts for ${claim.count} purged records, but ${named.count} name it`;
  if (claim.digest !== named.digest) return 'the records that name this purge record are not the ones it purged';
  return null;
}
