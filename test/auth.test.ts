/** Identity: who may ask the gateway anything, and why nobody reaches a subgraph around it. */
import { SignJWT, base64url } from 'jose';
import { generateKeyPairJwk, importKey, PARTNER_PROOF_HEADER, type Principal, PRINCIPAL_HEADER, signPrincipal } from '../common';
import { demoBsns } from '../partner-kit';
import { ClientBsnDocument } from '../client/__generated__/graphql';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { gatewayPrincipal, gatewayRolesPrincipal, partnerProof, startStack, TEST_PRINCIPAL, type TestStack } from './support/stack';

describe('tokens at the gateway', () => {
  let stack: TestStack;
  const [bsn = ''] = demoBsns(1);

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
  });
  afterAll(() => stack?.stop());

  const ask = (token: string | undefined, activity = 'schuldhulp-intake') =>
    execute(stack.gatewayUrl, ClientBsnDocument, { bsn }, { token, activity });

  it('accepts a valid token with an activity it grants', async () => {
    const response = await ask(await stack.token({ activities: ['schuldhulp-intake'] }));
    expect(response.status).toBe(200);
    expect(response.data?.client.bsn).toBe(bsn);
  });

  it.each([
    ['no token', async () => undefined],
    ['an expired token', async () => stack.token({}, { expiresInSeconds: -120 })],
    ['a token of another issuer', async () => stack.token({}, { issuer: 'https://evil.example' })],
    ['a token for another audience', async () => stack.token({}, { audience: 'someone-else' })],
    [
      'a token signed with another key',
      async () => {
        const other = await generateKeyPairJwk('other');
        const valid = await stack.token();
        const [header, payload] = valid.split('.');
        const forged = await new SignJWT(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()))
          .setProtectedHeader({ alg: 'EdDSA', kid: 'issuer-test' })
          .sign(await importKey(other.privateJwk));
        return `${header}.${forged.split('.')[1]}.${forged.split('.')[2]}`;
      },
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const payload = (await stack.token()).split('.')[1];
        return `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
      },
    ],
    ['garbage', async () => 'not-a-jwt'],
    [
      "an HS256 token keyed with the issuer's public key (algorithm confusion)",
      async () => {
        const payload = JSON.parse(Buffer.from((await stack.token()).split('.')[1] ?? '', 'base64url').toString()) as Record<
          string,
          unknown
        >;
        const secret = new TextEncoder().encode(JSON.stringify(stack.storage.issuerKeys.publicJwk));
        return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(secret);
      },
    ],
    [
      'a staff token from an issuer not trusted for staff',
      async () => stack.token({ staff: true }, { issuer: 'https://not-staff.example' }),
    ],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, makeToken) => {
    const response = await ask(await makeToken());
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses an activity the token does not grant with 403 FORBIDDEN', async () => {
    const response = await ask(await stack.token({ activities: ['vroegsignalering'] }), 'schuldhulp-intake');
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.message).toMatch(/does not grant/);
  });

  it('refuses a request that declares no activity, or one not in the register', async () => {
    const token = await stack.token();
    const none = await postGraphQL(stack.gatewayUrl, { query: '{ partners { oin } }' }, { token });
    expect(none.status).toBe(403);
    expect(errorCodes(none)).toEqual(['FORBIDDEN']);
    expect(none.errors?.[0]?.message).toMatch(/x-processing-activity/);
    const unknown = await ask(await stack.token({ activities: ['snuffelen'] }), 'snuffelen');
    expect(errorCodes(unknown)).toEqual(['FORBIDDEN']);
    expect(unknown.errors?.[0]?.message).toMatch(/not a processing activity in the register/);
  });

  it('refuses a token whose org is not an OIN', async () => {
    const response = await ask(await stack.token({ org: 'gemeente' }));
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toMatch(/OIN/);
  });
});

describe('subgraphs accept only requests signed by the gateway', () => {
  let stack: TestStack;
  const entities = {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { bsn } } }',
    variables: { r: [{ __typename: 'Client', bsn: demoBsns(1)[0] }] },
  };

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
  });
  afterAll(() => stack?.stop());

  it.each(['regie', 'gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const)(
    '%s refuses a direct call without a principal',
    async (name) => {
      const response = await postGraphQL(stack.subgraphs[name].url, entities);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data ?? null).toBeNull();
    },
  );

  it.each(['regie', 'gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const)(
    '%s refuses a forged principal, a user token, an expired principal and one meant for another subgraph',
    async (name) => {
      const stranger = await generateKeyPairJwk('stranger');
      const forged = await signPrincipal(TEST_PRINCIPAL, await importKey(stranger.privateJwk), name);
      const expired = await gatewayPrincipal(stack, name, {}, Date.now() - 10 * 60_000);
      const replayed = await gatewayPrincipal(stack, name === 'uwv' ? 'svb' : 'uwv');
      for (const header of [forged, await stack.token(), expired, replayed]) {
        const response = await postGraphQL(stack.subgraphs[name].url, entities, { headers: { [PRINCIPAL_HEADER]: header } });
        expect(response.status).toBe(401);
        expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      }
    },
  );

  it("accepts the gateway's own principal for that subgraph", async () => {
    const signed = await gatewayPrincipal(stack, 'uwv');
    const response = await postGraphQL<{ _entities: Array<{ bsn: string }> }>(stack.subgraphs.uwv.url, entities, {
      headers: { [PRINCIPAL_HEADER]: signed },
    });
    expect(response.status).toBe(200);
    expect(response.data?._entities[0]?.bsn).toBe(demoBsns(1)[0]);
  });

  it('lets the role-lookup principal ask regie for rolesOf and nothing else', async () => {
    // Each role-lookup principal counts once, presented by its partner with that partner's proof.
    const lookupHeaders = async (overrides: Partial<Principal> = {}) => {
      const signed = await gatewayRolesPrincipal(stack, 'uwv', overrides);
      return { [PRINCIPAL_HEADER]: signed, [PARTNER_PROOF_HEADER]: await partnerProof(stack, signed, 'uwv') };
    };
    const roles = await postGraphQL(
      stack.subgraphs.regie.url,
      { query: `{ rolesOf(org: "${TEST_PRINCIPAL.org}", bsns: ["${demoBsns(1)[0]}"]) { bsn } }` },
      { headers: await lookupHeaders() },
    );
    expect(roles.errors).toBeUndefined();
    const staffRoles = await postGraphQL(
      stack.subgraphs.regie.url,
      { query: `{ rolesOf(org: "00000009300000000003", bsns: ["${demoBsns(1)[0]}"]) { bsn } }` },
      { headers: await lookupHeaders({ staff: true }) },
    );
    expect(errorCodes(staffRoles)).toEqual(['FORBIDDEN']);
    const cases = await postGraphQL(
      stack.subgraphs.regie.url,
      { query: '{ myCases { nodes { id } } }' },
      { headers: await lookupHeaders() },
    );
    expect(errorCodes(cases)).toEqual(['FORBIDDEN']);
    const open = await postGraphQL(
      stack.subgraphs.regie.url,
      { query: `mutation { openCase(bsn: "${demoBsns(1)[0]}", model: RELAY, activity: "ketencoordinatie", reason: "x") { id } }` },
      { headers: await lookupHeaders() },
    );
    expect(errorCodes(open)).toEqual(['FORBIDDEN']);
    // ... and partners do not accept it at all.
    const atUwv = await postGraphQL(stack.subgraphs.uwv.url, entities, { headers: await lookupHeaders() });
    expect(atUwv.status).toBe(401);
  });
});
