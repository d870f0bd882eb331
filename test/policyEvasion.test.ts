/**
 * Attempts to get past the sharing checks: aliases, named and inline fragments, @skip/@include, nested entity
 * paths, batched HTTP requests, variables that change the client, and `_entities` sent straight to a partner's
 * subgraph with a valid principal but no role. Every one must be refused.
 */
import { PRINCIPAL_HEADER, ROLES_PRINCIPAL_HEADER } from '../common';
import { demoBsns } from '../partner-kit';
import { IntakeViewDocument } from '../client/__generated__/graphql';
import { grantCases, oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { gatewayPrincipal, gatewayRolesPrincipal, startStack, type TestStack } from './support/stack';

describe('evasion attempts', () => {
  let stack: TestStack;
  let token: string;
  const [demo = '', , , withRole = '', withoutRole = ''] = demoBsns(5);
  const intake = { activity: 'schuldhulp-intake' };

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
    await grantCases(stack, 'schuldhulp', [withRole]);
    await grantCases(stack, 'schuldhulp', [demo], { activity: 'vroegsignalering' });
    token = await stack.token({ org: oinOf('schuldhulp') });
  });
  afterAll(() => stack?.stop());

  const ask = (query: string, variables: Record<string, unknown> = {}, activity = 'schuldhulp-intake') =>
    postGraphQL(stack.gatewayUrl, { query, variables }, { token, activity });

  it.each([
    ['aliases', `{ c: client(bsn: "${demo}") { g: gemeente { w: wmoSupport { t: type } } } }`, 'c.g.w'],
    [
      'a named fragment',
      `query { client(bsn: "${demo}") { gemeente { ...Care } } } fragment Care on GemeenteRecord { wmoSupport { type } }`,
      'client.gemeente.wmoSupport',
    ],
    [
      'an inline fragment',
      `{ client(bsn: "${demo}") { gemeente { ... on GemeenteRecord { wmoSupport { type } } } } }`,
      'client.gemeente.wmoSupport',
    ],
    [
      'a fragment inside a fragment',
      `query { client(bsn: "${demo}") { ...C } } fragment C on Client { gemeente { ...G } } fragment G on GemeenteRecord { wmoSupport { type } }`,
      'client.gemeente.wmoSupport',
    ],
    ['@skip(if: true)', `{ client(bsn: "${demo}") { gemeente { wmoSupport @skip(if: true) { type } } } }`, 'client.gemeente.wmoSupport'],
    [
      '@include on a variable',
      `query($on: Boolean = false) { client(bsn: "${demo}") { gemeente { wmoSupport @include(if: $on) { type } } } }`,
      'client.gemeente.wmoSupport',
    ],
    [
      'a special-category field beside allowed ones',
      `{ client(bsn: "${demo}") { uwv { benefits { type monthlyAmount disabilityClass } } } }`,
      'client.uwv.benefits.disabilityClass',
    ],
  ])('refuses a field hidden by %s with PURPOSE_NOT_ALLOWED', async (_label, query, path) => {
    const response = await ask(query);
    expect(errorCodes(response)).toEqual(['PURPOSE_NOT_ALLOWED']);
    expect(response.errors?.[0]?.extensions?.paths).toContain(path);
  });

  it('refuses a nested entity path (case → client → partner data) to a partner without the right role', async () => {
    const caseId = (
      await postGraphQL<{ client: { cases: Array<{ id: string }> } }>(
        stack.gatewayUrl,
        { query: `{ client(bsn: "${withRole}") { cases { id } } }` },
        { token, activity: 'schuldhulp-intake' },
      )
    ).data?.client.cases[0]?.id;
    expect(caseId).toBeDefined();
    // schuldhulp leads that case: the path works for it ...
    const own = await ask(`{ case(id: "${caseId}") { client { uwv { incomeRelations { employer } } } } }`);
    expect(errorCodes(own)).toEqual([]);
    // ... but not for svb, which has no role: the case itself is refused, and so is everything behind it.
    const outsider = await postGraphQL(
      stack.gatewayUrl,
      { query: `{ case(id: "${caseId}") { client { uwv { incomeRelations { employer } } } } }` },
      { token: await stack.token({ org: oinOf('svb') }), activity: 'schuldhulp-intake' },
    );
    expect(errorCodes(outsider)).toContain('FORBIDDEN');
    expect(JSON.stringify(outsider.data)).not.toMatch(/employer/);
    // ... and a former holder, who may still see the case, gets nothing behind it from the partner.
    const formerCase = (await grantCases(stack, 'schuldhulp', [withoutRole], { model: 'RELAY' }))[0] ?? '';
    const schuldhulp = { token, activity: 'schuldhulp-intake' };
    const uwvToken = await stack.token({ org: oinOf('uwv') });
    await postGraphQL(
      stack.gatewayUrl,
      {
        query: `mutation { proposeHandover(caseId: "${formerCase}", toOrg: "${oinOf('uwv')}", reason: "r", expectedVersion: 1) { version } }`,
      },
      schuldhulp,
    );
    const accepted = await postGraphQL(
      stack.gatewayUrl,
      { query: `mutation { acceptHandover(caseId: "${formerCase}", expectedVersion: 2) { version } }` },
      { token: uwvToken, activity: 'schuldhulp-intake' },
    );
    expect(accepted.errors).toBeUndefined();
    const former = await ask(`{ case(id: "${formerCase}") { id client { uwv { incomeRelations { employer } } } } }`);
    expect(former.data).toBeTruthy();
    expect(former.errors?.find((e) => e.extensions?.code === 'NOT_DISCLOSED')?.path).toEqual(['case', 'client', 'uwv']);
    // ... and under an activity that does not allow income relations, the path is refused whole.
    const wrongPurpose = await ask(`{ case(id: "${caseId}") { client { uwv { incomeRelations { employer } } } } }`, {}, 'vroegsignalering');
    expect(errorCodes(wrongPurpose)).toEqual(['PURPOSE_NOT_ALLOWED']);
  });

  it('answers the same operation per client: a variable that changes the BSN changes the answer', async () => {
    const allowed = await execute(stack.gatewayUrl, IntakeViewDocument, { bsn: withRole }, { token, ...intake });
    expect(errorCodes(allowed)).toEqual([]);
    const refused = await execute(stack.gatewayUrl, IntakeViewDocument, { bsn: withoutRole }, { token, ...intake });
    expect(new Set(errorCodes(refused))).toEqual(new Set(['NOT_DISCLOSED']));
    expect(refused.data?.client.uwv ?? null).toBeNull();
  });

  it('refuses batched HTTP requests at the gateway', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-processing-activity': 'schuldhulp-intake' },
      body: JSON.stringify([
        { query: `{ client(bsn: "${withRole}") { bsn } }` },
        { query: `{ client(bsn: "${withoutRole}") { uwv { benefits { type } } } }` },
      ]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/benefits"\s*:\s*\[/);
  });

  describe('_entities sent straight to a partner subgraph, with a valid principal', () => {
    const entities = (bsn: string) => ({
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { uwv { benefits { type monthlyAmount } incomeRelations { employer } } } } }',
      variables: { r: [{ __typename: 'Client', bsn }] },
    });
    const headersFor = async (org: string, activity = 'schuldhulp-intake') => ({
      [PRINCIPAL_HEADER]: await gatewayPrincipal(stack, 'uwv', { org, activity }),
      [ROLES_PRINCIPAL_HEADER]: await gatewayRolesPrincipal(stack, 'uwv', { org, activity }),
    });

    it('is refused at the source for a partner without a role', async () => {
      const response = await postGraphQL<{ _entities: Array<{ uwv: unknown }> }>(stack.subgraphs.uwv.url, entities(withoutRole), {
        headers: await headersFor(oinOf('schuldhulp')),
      });
      expect(errorCodes(response)).toEqual(['NOT_DISCLOSED']);
      expect(response.errors?.[0]?.extensions?.reason).toBe('NO_ROLE');
      expect(response.data?._entities[0]?.uwv).toBeNull();
    });

    it('is refused at the source for an activity the data may not serve, even with a role', async () => {
      // The demo client: known to uwv, and schuldhulp leads a case of it opened for vroegsignalering.
      const response = await postGraphQL(stack.subgraphs.uwv.url, entities(demo), {
        headers: await headersFor(oinOf('schuldhulp'), 'vroegsignalering'),
      });
      expect(errorCodes(response)).toContain('NOT_DISCLOSED');
      expect(response.errors?.map((e) => e.extensions?.reason)).toContain('PURPOSE');
      expect(JSON.stringify(response.data)).not.toMatch(/employer/);
    });

    it('refuses a role-lookup principal of another organisation beside the principal', async () => {
      const headers = {
        [PRINCIPAL_HEADER]: await gatewayPrincipal(stack, 'uwv', { org: oinOf('svb') }),
        [ROLES_PRINCIPAL_HEADER]: await gatewayRolesPrincipal(stack, 'uwv', { org: oinOf('schuldhulp') }),
      };
      const response = await postGraphQL(stack.subgraphs.uwv.url, entities(withRole), { headers });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it('fails closed without the role-lookup principal', async () => {
      const headers = { [PRINCIPAL_HEADER]: await gatewayPrincipal(stack, 'uwv', { org: oinOf('schuldhulp') }) };
      const response = await postGraphQL(stack.subgraphs.uwv.url, entities(withRole), { headers });
      expect(errorCodes(response)).toEqual(['NOT_DISCLOSED']);
      expect(response.errors?.[0]?.extensions?.reason).toBe('ROLES_UNAVAILABLE');
    });
  });
});
