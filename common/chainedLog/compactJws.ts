/**
 * Compact JWS (RFC 7515) with Ed25519, made and checked with node:crypto as the signed principal is: one fixed
 * header per kind of token (its `typ`), so `alg: none` or another kind of token is refused before any signature is
 * checked. Used for signed log heads and their countersignatures.
 */
import { KeyObject, sign, verify, type webcrypto } from 'node:crypto';

export type HeadSigningKey = KeyObject | webcrypto.CryptoKey;

export class InvalidJwsError extends Error {}

function headerOf(typ: string): string {
  return Buffer.from(JSON.stringify({ alg: 'EdDSA', typ })).toString('base64url');
}

function keyObjectOf(key: HeadSigningKey): KeyObject {
  return key instanceof KeyObject ? key : KeyObject.from(key);
}

export function signJws(typ: string, payload: unknown, key: HeadSigningKey): string {
  const input = `${headerOf(typ)}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), keyObjectOf(key)).toString('base64url')}`;
}

/** The payload of a token of kind `typ`, not yet checked against any key (to find out which key to check it with). */
export function unverifiedPayload(typ: string, token: string): unknown {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== headerOf(typ)) throw new InvalidJwsError(`not a ${typ} token`);
  try {
    return JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new InvalidJwsError('its payload is not JSON');
  }
}

/** The payload of a token of kind `typ` signed with `key`; throws InvalidJwsError otherwise. */
export function verifyJws(typ: string, token: string, key: HeadSigningKey): unknown {
  const payload = unverifiedPayload(typ, token);
  const [header = '', body = '', signature = ''] = token.split('.');
  if (!verify(null, Buffer.from(`${header}.${body}`), keyObjectOf(key), Buffer.from(signature, 'base64url')))
    throw new InvalidJwsError('bad signature');
  return payload;
}
