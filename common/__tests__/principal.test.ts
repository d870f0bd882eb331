import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { generateKeyPairJwk, importKey } from '../keys';
import { InvalidPrincipalError, signPrincipal, verifyPrincipal } from '../principal';

type Key = Awaited<ReturnType<typeof importKey>>;

const principal = { org: '00000009200000000002', sub: 'user-1', activity: 'schuldhulp-intake', staff: false };

describe('the signed principal', () => {
  it('is a standard JWS: jose verifies ours, and ours verifies jose\'s', async () => {
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
