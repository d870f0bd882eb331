/** The partner's reading of regie's role-change stream, and the stream proof's lifetime. */
import { generateKeyPairSync, sign } from 'node:crypto';
import { RolesStreamReader } from '../rolesStream';
import { signRolesStreamProof, verifyRolesStreamProof } from '../rolesStreamProtocol';

describe('reading the role-change stream', () => {
  it('keeps a character split across chunks whole', () => {
    const reader = new RolesStreamReader();
    const bytes = Buffer.from(`${JSON.stringify({ type: 'hello', stream: 'ström', seq: 0 })}\n`);
    const split = bytes.indexOf(Buffer.from('ö')) + 1;
    expect(reader.push(bytes.subarray(0, split))).toEqual([]);
    expect(reader.push(bytes.subarray(split))).toEqual([{ type: 'hello', stream: 'ström', seq: 0 }]);
  });

  it.each([
    ['not JSON', '{"type":"change"'],
    ['an unknown type', '{"type":"bye","seq":1}'],
    ['a change without a BSN', '{"type":"change","seq":1,"org":"o","activity":"a"}'],
    ['a line without seq', '{"type":"heartbeat"}'],
  ])('takes the stream as cut on %s', (_what, text) => {
    const reader = new RolesStreamReader();
    expect(() => reader.push(Buffer.from(`${text}\n`))).toThrow('ROLES_STREAM_MALFORMED');
  });
});

describe('the stream proof', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const now = Date.UTC(2026, 10, 30, 8);

  /** A proof signed like signRolesStreamProof's, with the claims replaced. */
  function proofWith(claims: Record<string, unknown>): string {
    const [header = ''] = signRolesStreamProof('partner', privateKey, now).split('.');
    const input = `${header}.${Buffer.from(JSON.stringify({ iss: 'partner', aud: 'regie#rolesStream', jti: 'j', ...claims })).toString('base64url')}`;
    return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
  }

  it('accepts a fresh proof', () => {
    expect(verifyRolesStreamProof(signRolesStreamProof('partner', privateKey, now), 'partner', publicKey, now)).not.toBeNull();
  });

  it('refuses a proof that would live longer than its lifetime', () => {
    const iat = now / 1000;
    expect(verifyRolesStreamProof(proofWith({ iat, exp: iat + 10 }), 'partner', publicKey, now)).not.toBeNull();
    expect(verifyRolesStreamProof(proofWith({ iat, exp: iat + 3600 }), 'partner', publicKey, now)).toBeNull();
  });

  it('refuses a proof issued in the future beyond the clock tolerance', () => {
    const iat = now / 1000 + 60;
    expect(verifyRolesStreamProof(proofWith({ iat, exp: iat + 10 }), 'partner', publicKey, now)).toBeNull();
  });
});
