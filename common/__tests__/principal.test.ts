import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { generateKeyPairJwk, importKey } from '../keys';
import {
  claimedProofIssuer,
  InvalidPrincipalError,
  ROLES_AUDIENCE,
  signPartnerProof,
  signPrincipal,
  signRolesPrincipal,
  verifyPartnerProof,
  verifyPrincipal,
  verifyRolesPrincipal,
} from '../principal';

type Key = Awaited<ReturnType<typeof importKey>>;

const principal = { org: '00000009200000000002', sub: 'user-1', activity: 'schuldhulp-intake', staff: false };

describe('the signed principal', () => {
  it("is a standard JWS: jose verifies ours, and ours verifies jose's", async () => {
    const pair = await generateKeyPairJwk('k');
    const token = await signPrincipal(principal, await importKey(pair.privateJwk), 'uwv');
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet({ keys: [pair.publicJwk] }), {
      issuer: 'ketenregie-gateway',
      audience: 'uwv',
      algorithms: ['EdDSA'],
    });
    expect(protectedHeader.typ).toBe('ketenregie-principal+jwt');
    expect(payload).toMatchObject({ org: principal.org, act: principal.activity, sub: principal.sub });
    const byJose = await new SignJWT({ org: principal.org, act: 'x', staff: true })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'ketenregie-principal+jwt' })
      .setIssuer('ketenregie-gateway')
      .setAudience('svb')
      .setSubject('s')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(await importKey(pair.privateJwk));
    expect((await verifyPrincipal(byJose, await importKey(pair.publicJwk), 'svb')).staff).toBe(true);
  });

  it.each([
    ['another key', async (p: { priv: Key }) => signPrincipal(principal, p.priv, 'uwv'), 'uwv', /bad signature/],
    ['another audience', async (p: { own: Key }) => signPrincipal(principal, p.own, 'svb'), 'uwv', /audience/],
    ['an expired one', async (p: { own: Key }) => signPrincipal(principal, p.own, 'uwv', Date.now() - 120_000), 'uwv', /expired/],
    ['one from the future', async (p: { own: Key }) => signPrincipal(principal, p.own, 'uwv', Date.now() + 120_000), 'uwv', /future/],
    [
      'alg: none',
      async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"uwv"}').toString('base64url')}.`,
      'uwv',
      /not an EdDSA/,
    ],
    [
      'a tampered payload',
      async (p: { own: Key }) => {
        const [h, , s] = (await signPrincipal(principal, p.own, 'uwv')).split('.');
        const staff = Buffer.from(JSON.stringify({ ...principal, staff: true, aud: 'uwv' })).toString('base64url');
        return `${h}.${staff}.${s}`;
      },
      'uwv',
      /bad signature/,
    ],
  ])('refuses %s', async (_label, make, audience, message) => {
    const own = await generateKeyPairJwk('own');
    const other = await generateKeyPairJwk('other');
    const token = await make({ own: await importKey(own.privateJwk), priv: await importKey(other.privateJwk) });
    await expect(verifyPrincipal(token, await importKey(own.publicJwk), audience)).rejects.toThrow(message);
    await expect(verifyPrincipal(token, await importKey(own.publicJwk), audience)).rejects.toBeInstanceOf(InvalidPrincipalError);
  });
});

describe('the role-lookup principal and the partner proof', () => {
  const binding = { partner: 'uwv', requestId: 'fetch-1', lifetimeMs: 10_000 };

  it('names its partner and fetch, and lives as long as the fetch (rounded up to seconds), not a minute', async () => {
    const key = await generateKeyPairJwk('k');
    const publicKey = await importKey(key.publicJwk);
    const now = 1_800_000_000_500;
    const token = signRolesPrincipal(principal, await importKey(key.privateJwk), binding, now);
    const verified = verifyRolesPrincipal(token, publicKey, now);
    expect(verified).toMatchObject({ principal, partner: 'uwv', requestId: 'fetch-1' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(11);
    // Remembered at regie until it can no longer be accepted: its expiry plus the clock tolerance.
    expect(verified.usableUntil).toBe((claims.exp + 5) * 1000);
    expect(() => verifyRolesPrincipal(token, publicKey, now + 17_000)).toThrow(/expired/);
  });

  it('is never taken for a principal, nor a principal for it, and cannot be signed as one', async () => {
    const key = await generateKeyPairJwk('k');
    const [privateKey, publicKey] = [await importKey(key.privateJwk), await importKey(key.publicJwk)];
    const roles = signRolesPrincipal(principal, privateKey, binding);
    await expect(verifyPrincipal(roles, publicKey, ROLES_AUDIENCE)).rejects.toThrow(/not an EdDSA principal token/);
    const plain = await signPrincipal(principal, privateKey, 'uwv');
    expect(() => verifyRolesPrincipal(plain, publicKey)).toThrow(/not an EdDSA principal token/);
    await expect(signPrincipal(principal, privateKey, ROLES_AUDIENCE)).rejects.toThrow(/signRolesPrincipal/);
  });

  it('is proven by its partner for exactly this principal, and by nobody else', async () => {
    const gateway = await generateKeyPairJwk('g');
    const uwv = await generateKeyPairJwk('uwv');
    const gatewayKey = await importKey(gateway.privateJwk);
    const uwvKey = await importKey(uwv.publicJwk);
    const gemeenteKey = await importKey((await generateKeyPairJwk('gemeente')).publicJwk);
    const token = signRolesPrincipal(principal, gatewayKey, binding);
    const other = signRolesPrincipal(principal, gatewayKey, { ...binding, requestId: 'fetch-2' });
    const proof = signPartnerProof(token, 'uwv', await importKey(uwv.privateJwk));
    expect(claimedProofIssuer(proof)).toBe('uwv');
    expect(() => verifyPartnerProof(proof, token, 'uwv', uwvKey)).not.toThrow();
    expect(() => verifyPartnerProof(proof, other, 'uwv', uwvKey)).toThrow(/another role-lookup principal/);
    expect(() => verifyPartnerProof(proof, token, 'uwv', gemeenteKey)).toThrow(/bad signature/);
    expect(() => verifyPartnerProof(proof, token, 'gemeente', uwvKey)).toThrow(/wrong issuer/);
    // A role-lookup principal is no proof, even signed by the right key.
    const gatewayPublic = await importKey(gateway.publicJwk);
    expect(() => verifyPartnerProof(token, token, 'uwv', gatewayPublic)).toThrow(InvalidPrincipalError);
    expect(claimedProofIssuer('not a token')).toBeNull();
  });
});
