/**
 * The hash chain that makes a log tamper-evident, as pure functions over stored rows. Each record's `hash` covers
 * the hash of the record before it, its non-personal part (position, time, activity, the `skeleton`) and a digest
 * of its personal part (the data subject and what was disclosed). Purging a record after its retention period
 * erases the personal part but keeps that digest, so the chain still verifies end to end while nothing personal
 * outlives its retention; whether an erasure was a legitimate purge is decided in `redaction.ts`. Any other change
 * to a stored record, a removed record or a cut-off tail breaks a link.
 */
import { hash as oneShotHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** One record as stored (the columns of a chained log table). */
export interface ChainedRow {
  seq: number;
  recordedAt: string;
  activityId: string;
  activityVersion: number;
  /** Keyed hash of the data subject's BSN; null for records without a subject, and once purged. */
  subject: string | null;
  /** Canonical JSON of the non-personal part. */
  skeleton: string;
  /** Canonical JSON of the personal part; null once purged. */
  personal: string | null;
  personalDigest: string;
  prevHash: string;
  hash: string;
  /** When the personal part was erased at the end of its retention; null while it is kept. */
  redactedAt: string | null;
  /** The position of the purge record that accounts for the erasure; null while the personal part is kept. */
  redactedBy: number | null;
}

/** A record to append; its position and links are set by the log. */
export interface NewEntry {
  recordedAt: string;
  activityId: string;
  activityVersion: number;
  subject: string | null;
  skeleton: Record<string, unknown>;
  personal: Record<string, unknown> | null;
}

/** One-shot hashing: a third of the time of a Hash object per record. */
function sha256(text: string): string {
  return oneShotHash('sha256', text, 'hex');
}

/**
 * JSON with object keys sorted at every level, so equal content always hashes the same. The order is the one the
 * first logs were hashed with (JSON.stringify of objects rebuilt from sorted entries): keys that are array indices
 * ("0", "7", "10") first in numeric order, then the others by UTF-16 code units. Written out by hand, as it runs for
 * every record: rebuilding each object took three times as long.
 */
export function canonicalJson(value: unknown): string {
  const json = canonical(value, '');
  if (json === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return json;
}

const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
const MAX_INDEX = 2 ** 32 - 2;

function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && INDEX_KEY.test(key) && Number(key) <= MAX_INDEX;
}

function byCanonicalKeyOrder(a: string, b: string): number {
  const aIndex = isIndexKey(a);
  const bIndex = isIndexKey(b);
  if (aIndex && bIndex) return Number(a) - Number(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One value as JSON.stringify writes it, objects with sorted keys; undefined where JSON.stringify leaves it out. */
function canonical(value: unknown, key: string): string | undefined {
  let item = value;
  if (typeof item === 'object' && item !== null && typeof (item as { toJSON?: unknown }).toJSON === 'function') {
    item = (item as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  if (Array.isArray(item)) return `[${item.map((element, index) => canonical(element, String(index)) ?? 'null').join(',')}]`;
  const record = item as Record<string, unknown>;
  const members: string[] = [];
  for (const name of Object.keys(record).sort(byCanonicalKeyOrder)) {
    const member = canonical(record[name], name);
    if (member !== undefined) members.push(`${JSON.stringify(name)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

export function personalDigestOf(subject: string | null, personal: string | null): string {
  return sha256(JSON.stringify([subject, personal]));
}

export function linkHash(
  row: Pick<ChainedRow, 'seq' | 'recordedAt' | 'activityId' | 'activityVersion' | 'skeleton' | 'personalDigest' | 'prevHash'>,
): string {
  return sha256(
    `${row.prevHash}|${JSON.stringify([row.seq, row.recordedAt, row.activityId, row.activityVersion, row.skeleton])}|${row.personalDigest}`,
  );
}

/** Turns entries into rows that continue a chain whose last record is (`seq`, `hash`). */
export function chainEntries(entries: readonly NewEntry[], head: { seq: number; hash: string }): ChainedRow[] {
  let { seq, hash } = head;
  return entries.map((entry) => {
    const skeleton = canonicalJson(entry.skeleton);
    const personal = entry.personal === null ? null : canonicalJson(entry.personal);
    const personalDigest = personalDigestOf(entry.subject, personal);
    seq += 1;
    const row = {
      seq,
      recordedAt: entry.recordedAt,
      activityId: entry.activityId,
      activityVersion: entry.activityVersion,
      subject: entry.subject,
      skeleton,
      personal,
      personalDigest,
      prevHash: hash,
      redactedAt: null,
      redactedBy: null,
    };
    hash = linkHash(row);
    return { ...row, hash };
  });
}

export interface BrokenLink {
  seq: number;
  reason: string;
}

/**
 * Checks one row against the row before it (genesis for the first): its position, its link, its content. Of a
 * purged row only that nothing personal is left; whether the purge itself holds is `checkRedaction`'s question.
 */
export function checkRow(row: ChainedRow, previous: { seq: number; hash: string }): BrokenLink | null {
  const broken = (reason: string) => ({ seq: row.seq, reason });
  if (row.seq !== previous.seq + 1) return broken(`expected record ${previous.seq + 1} next, found ${row.seq}: records are missing`);
  if (row.prevHash !== previous.hash) return broken('its link to the previous record does not match');
  if (row.redactedAt === null) {
    if (row.redactedBy !== null) return broken(`it names purge record ${row.redactedBy} but is not marked purged`);
    if (personalDigestOf(row.subject, row.personal) !== row.personalDigest) return broken('its subject or disclosed fields were changed');
  } else if (row.subject !== null || row.personal !== null) {
    return broken('it is marked purged but still holds personal data');
  }
  if (linkHash(row) !== row.hash) return broken('its content does not match its hash');
  return null;
}
