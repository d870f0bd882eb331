/**
 * The role-change stream between regie and a partner subgraph (docs/cases-and-roles.md, "Role changes are pushed"):
 * its path, its header, the lines regie writes, and the partner's proof that opens it.
 *
 * The partner opens the stream with a POST to ROLES_STREAM_PATH carrying a stream proof: a compact JWS signed with
 * its own key (PARTNER_SIGNING_JWK; regie knows the public half from the partner registry), naming the partner
 * (`iss`), this audience, a short lifetime and a fresh id (`jti`), which regie takes once. Regie answers with
 * newline-delimited JSON: `hello` (the stream's id), then `change` lines and a `heartbeat` every second.
 *
 * Privacy: a change line names (organisation, activity, BSN) only when this very partner asked regie for that key
 * while this very stream was open (its lookups name the stream, ROLES_STREAM_HEADER); regie then forgets the key
 * for that stream until it is asked again. So a partner hears of a change only to roles it had been told, never
 * who else works on a client. Versions: every line carries the stream's sequence number (`seq`), and a lookup
 * answered while registered carries the `seq` regie had sent on that stream when it registered the keys; a change
 * line with a higher `seq` may concern a change the answer did not see, so the partner does not keep that answer.
 */
import { KeyObject, randomUUID, sign, verify } from 'node:crypto';
import { type SigningKey } from '../../common';

export const ROLES_STREAM_PATH = '/internal/roles/stream';
/** On a role lookup: the stream the partner holds open, so regie registers the looked-up keys for it. */
export const ROLES_STREAM_HEADER = 'x-ketenregie-roles-stream';
/** The stream proof, on the POST that opens the stream. */
export const ROLES_STREAM_PROOF_HEADER = 'x-ketenregie-roles-stream-proof';
const AUDIENCE = 'regie#rolesStream';
/** Regie sends a heartbeat this often; a partner that hears nothing for ROLES_STREAM_SILENCE_MS takes the stream as cut. */
export const ROLES_STREAM_HEARTBEAT_MS = 1000;
export const ROLES_STREAM_SILENCE_MS = 3000;
/** A partner keeps a looked-up answer no longer than this; regie watches a key for it no longer than this plus a margin. */
export const ROLES_KEEP_MS = 5 * 60_000;
const PROOF_TTL_SECONDS = 10;
const CLOCK_TOLERANCE_SECONDS = 5;
const HEADER = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'ketenregie-roles-stream+jwt' })).toString('base64url');

/** One line of the stream. A change names a key (organisation, activity, BSN) the partner was answered on this stream. */
export type RolesStreamLine =
  | { type: 'hello'; stream: string; seq: number }
  | { type: 'heartbeat'; seq: number }
  | { type: 'change'; seq: number; org: string; activity: string; bsn: string };

/** Set on a role lookup's answer when regie registered its keys for the stream named in ROLES_STREAM_HEADER. */
export interface RolesWatch {
  stream: string;
  /** The last `seq` regie had sent on that stream when it registered the keys, before it read the roles. */
  seq: number;
}

const keyObjectOf = (key: SigningKey): KeyObject => (key instanceof KeyObject ? key : KeyObject.from(key));

/** The partner's proof that opens its stream, signed with its own key. */
export function signRolesStreamProof(partner: string, key: SigningKey, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const claims = { iss: partner, aud: AUDIENCE, iat, exp: iat + PROOF_TTL_SECONDS, jti: randomUUID() };
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), keyObjectOf(key)).toString('base64url')}`;
}

/** Who a stream proof says made it, unchecked: only to pick the key to check it with. */
export function claimedStreamPartner(proof: string): string | null {
  const claims = readClaims(proof.split('.')[1] ?? '');
  return typeof claims?.iss === 'string' ? claims.iss : null;
}

function readClaims(payload: string): Record<string, unknown> | null {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface VerifiedStreamProof {
  /** The proof's id, to be taken once. */
  id: string;
  /** Until when (ms since the epoch, tolerance included) the id must be remembered. */
  usableUntil: number;
}

/**
 * Checks a stream proof: this header, signed with `partner`'s key, by `partner`, for this audience, in time (issued
 * not in the future, living at most PROOF_TTL_SECONDS); null if not.
 */
export function verifyRolesStreamProof(
  proof: string,
  partner: string,
  partnerKey: SigningKey,
  now = Date.now(),
): VerifiedStreamProof | null {
  const [header, payload = '', signature = ''] = proof.split('.');
  if (header !== HEADER) return null;
  if (!verify(null, Buffer.from(`${header}.${payload}`), keyObjectOf(partnerKey), Buffer.from(signature, 'base64url'))) return null;
  const claims = readClaims(payload);
  const seconds = now / 1000;
  if (!claims || claims.iss !== partner || claims.aud !== AUDIENCE || typeof claims.jti !== 'string' || claims.jti === '') return null;
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_TOLERANCE_SECONDS <= seconds) return null;
  if (typeof claims.iat !== 'number' || claims.iat - CLOCK_TOLERANCE_SECONDS > seconds) return null;
  // A proof lives PROOF_TTL_SECONDS: one with a later `exp` would keep its id usable (and remembered) for longer.
  if (claims.exp - claims.iat > PROOF_TTL_SECONDS) return null;
  return { id: claims.jti, usableUntil: (claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000 };
}
