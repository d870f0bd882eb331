/**
 * Signed log heads and their countersignatures, as in a transparency log (RFC 6962/9162: signed tree heads and
 * witnesses). A log's process signs its head (log name, size, hash of the newest record, time) with a key kept
 * outside the log's store; a witness, another party, checks it against what it witnessed before and countersigns
 * it. Whoever can write the store can rewrite the chain and its head row, but cannot make a witnessed head
 * disappear or sign a head the witness will accept as consistent with what it saw.
 */
import { type HeadSigningKey, InvalidJwsError, signJws, unverifiedPayload, verifyJws } from './compactJws';

export const SIGNED_HEAD_TYPE = 'ketenregie-log-head+jws';
export const COUNTERSIGNATURE_TYPE = 'ketenregie-log-witness+jws';
/** The name of the gateway's audit log, as its head is signed and witnessed (the partners witness it). */
export const AUDIT_LOG_NAME = 'gateway';

/** A log's head: `size` records, the newest with `hash` (size 0: the genesis hash). */
export interface LogHead {
  log: string;
  size: number;
  hash: string;
  time: string;
}

/** A head as a witness vouches for it: which witness, and when. */
export interface WitnessedHead extends LogHead {
  witness: string;
  witnessedAt: string;
}

const HASH = /^[0-9a-f]{64}$/;

function asLogHead(value: unknown): LogHead {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof LogHead, unknown>>;
  if (typeof v.log !== 'string' || v.log === '') throw new InvalidJwsError('it names no log');
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) throw new InvalidJwsError('its size is not a count');
  if (typeof v.hash !== 'string' || !HASH.test(v.hash)) throw new InvalidJwsError('its hash is not a SHA-256 hex digest');
  if (typeof v.time !== 'string' || Number.isNaN(Date.parse(v.time))) throw new InvalidJwsError('its time is not a time');
  return { log: v.log, size: v.size, hash: v.hash, time: v.time };
}

function asWitnessedHead(value: unknown): WitnessedHead {
  const head = asLogHead(value);
  const { witness, witnessedAt } = value as { witness?: unknown; witnessedAt?: unknown };
  if (typeof witness !== 'string' || witness === '') throw new InvalidJwsError('it names no witness');
  if (typeof witnessedAt !== 'string' || Number.isNaN(Date.parse(witnessedAt)))
    throw new InvalidJwsError('its witnessing time is not a time');
  return { ...head, witness, witnessedAt };
}

export function signLogHead(head: LogHead, key: HeadSigningKey): string {
  return signJws(SIGNED_HEAD_TYPE, head, key);
}

/** Which log a signed head claims to be of, before its signature is checked (to pick the key). */
export function claimedLogOf(token: string): string {
  return asLogHead(unverifiedPayload(SIGNED_HEAD_TYPE, token)).log;
}

export function verifyLogHead(token: string, key: HeadSigningKey): LogHead {
  return asLogHead(verifyJws(SIGNED_HEAD_TYPE, token, key));
}

export function countersignLogHead(head: WitnessedHead, key: HeadSigningKey): string {
  return signJws(COUNTERSIGNATURE_TYPE, head, key);
}

/** What a countersignature claims, unchecked: what its keeper needs to continue the hand-over. */
export function claimedWitnessedHead(token: string): WitnessedHead {
  return asWitnessedHead(unverifiedPayload(COUNTERSIGNATURE_TYPE, token));
}

export function verifyCountersignature(token: string, key: HeadSigningKey): WitnessedHead {
  return asWitnessedHead(verifyJws(COUNTERSIGNATURE_TYPE, token, key));
}
