/** Signed log heads and countersignatures: made and checked with Ed25519, refused when anything but the key fits. */
import { generateKeyPairSync } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { InvalidJwsError } from '../compactJws';
import { claimedLogOf, countersignLogHead, type LogHead, signLogHead, verifyCountersignature, verifyLogHead } from '../signedHead';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const head: LogHead = { log: 'uwv', size: 12, hash: 'a'.repeat(64), time: '2026-11-30T10:00:00.000Z' };

describe('signed log heads', () => {
  it('round-trips a head and is a standard compact JWS (jose verifies it)', async () => {
    const token = signLogHead(head, privateKey);
    expect(claimedLogOf(token)).toBe('uwv');
    expect(verifyLogHead(token, publicKey)).toEqual(head);
    const { payload } = await compactVerify(token, await importJWK(publicKey.export({ format: 'jwk' }), 'EdDSA'));
    expect(JSON.parse(Buffer.from(payload).toString('utf8'))).toEqual(head);
  });

  it('refuses a head signed with another key, a changed payload, and a countersignature offered as a head', () => {
    expect(() => verifyLogHead(signLogHead(head, other.privateKey), publicKey)).toThrow(InvalidJwsError);
    const [h, , sig] = signLogHead(head, privateKey).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...head, size: 13 })).toString('base64url')}.${sig}`;
    expect(() => verifyLogHead(forged, publicKey)).toThrow('bad signature');
    const countersigned = countersignLogHead({ ...head, witness: 'regie', witnessedAt: head.time }, privateKey);
    expect(() => verifyLogHead(countersigned, publicKey)).toThrow(/not a ketenregie-log-head/);
  });

  it('refuses a malformed head even when signed', () => {
    expect(() => verifyLogHead(signLogHead({ ...head, size: -1 }, privateKey), publicKey)).toThrow(/size/);
    expect(() => verifyLogHead(signLogHead({ ...head, hash: 'xyz' }, privateKey), publicKey)).toThrow(/hash/);
  });

  it('countersigns a head with the witness and the time', () => {
    const witnessed = { ...head, witness: 'regie', witnessedAt: '2026-11-30T10:00:01.000Z' };
    expect(verifyCountersignature(countersignLogHead(witnessed, privateKey), publicKey)).toEqual(witnessed);
    expect(() => verifyCountersignature(countersignLogHead(witnessed, other.privateKey), publicKey)).toThrow(InvalidJwsError);
  });
});
