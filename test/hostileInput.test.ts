/**
 * Hostile input through the real gateway (issue 11): requests whose operation cannot be resolved are refused before
 * planning, whatever check they try to slip past; operations that would cost too much are refused before planning
 * with OPERATION_TOO_COMPLEX, at the gateway and at a subgraph called directly; one organisation's burst is held to
 * its own share. "No subgraph was asked" is counted on the subgraphs' HTTP servers themselves.
 */
import { ClientBsnDocument, DossierDocument, persistedHashOf } from '../client';
import { DEFAULT_OPERATION_LIMITS, PRINCIPAL_HEADER } from '../common';
import { demoBsns } from '../partner-kit';
import { oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL, type GraphQLResponse } from './support/graphql';
import { gatewayPrincipal, startStack, type TestStack } from './support/stack';
import { subgraphRequests } from './support/subgraphRequests';

const activity = 'schuldhulp-intake';
const [bsn = '', otherBsn = ''] = demoBsns(2);

async function getGraphQL(
  url: string,
  params: Record<string, string>,
  token: string,
  activityHeader: string,
): Promise<GraphQLResponse<unknown>> {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${token}`, 'x-processing-activity': activityHeader, 'apollo-require-preflight': 'true' },
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** A document nested `levels` times through the Client.cases ↔ Case.client cycle. */
function cycle(levels: number): string {
  let selection = 'bsn';
  for (let level = 0; level < levels; level += 1) selection = level % 2 === 0 ? `cases { id client { ${selection} } }` : `bsn ${selection}`;
  return `query Deep { client(bsn: "${bsn}") { ${selection} } }`;
}

describe('a request whose operation cannot be resolved is refused before planning', () => {
  let stack: TestStack;
  let token: string;
  let citizen: string;
  let asked: () => number;

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
    token = await stack.token({ org: oinOf('gemeente') });
    citizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-1', activities: ['inzage-betrokkene'], citizen: bsn });
    asked = subgraphRequests(stack);
  });
  afterAll(() => stack?.stop());

  // Each document names its operation A; each would be refused by one check if that check saw it.
  const checks: Array<{ check: string; document: () => string; as: () => { token: string; activity: string } }> = [
    {
      check: 'the purpose check (a field its activity does not allow)',
      document: () => `query A { client(bsn: "${bsn}") { gemeente { wmoSupport { healthLimitation } } } }`,
      as: () => ({ token, activity }),
    },
    {
      check: 'the BSN check (fails the eleven-test)',
      document: () => 'query A { client(bsn: "111222334") { bsn } }',
      as: () => ({ token, activity }),
    },
    {
      check: "the citizen's scope (a citizen listing cases)",
      document: () => 'query A { myCases { nodes { id } } }',
      as: () => ({ token: citizen, activity: 'inzage-betrokkene' }),
    },
    {
      check: 'the limits (a query nested too deep)',
      document: () => cycle(14).replace('query Deep', 'query A'),
      as: () => ({ token, activity }),
    },
  ];
  const variants: Array<[string, (document: string) => Record<string, unknown>]> = [
    ['an empty operationName', (document) => ({ query: document, operationName: '' })],
    ['an unknown operationName', (document) => ({ query: document, operationName: 'Unknown' })],
    ['no operationName with two operations', (document) => ({ query: `${document} query B { __typename }` })],
  ];

  describe.each(checks)('$check', ({ document, as }) => {
    it.each(variants)('with %s: 400 BAD_REQUEST, no subgraph asked', async (_variant, body) => {
      const before = asked();
      const caller = as();
      const response = await postGraphQL(stack.gatewayUrl, body(document()), caller);
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
      expect(response.errors?.[0]?.message).toMatch(/operationName/);
      expect(response.data).toBeUndefined();
      expect(asked()).toBe(before);
    });
  });

  it.each([
    ['an empty operationName', ''],
    ['an unknown operationName', 'Unknown'],
  ])('refuses a GET mutation with %s: it creates no case', async (_variant, operationName) => {
    const before = asked();
    const mutation = `mutation A { openCase(bsn: "${otherBsn}", model: RELAY, activity: "${activity}", reason: "hostile") { id } }`;
    const response = await getGraphQL(stack.gatewayUrl, { query: mutation, operationName }, token, activity);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(asked()).toBe(before);
  });

  it.each([
    ['an empty operationName', ''],
    ['an unknown operationName', 'Unknown'],
  ])('refuses a persisted operation with %s under an activity it must not run for', async (_variant, operationName) => {
    const before = asked();
    const response = await postGraphQL(
      stack.gatewayUrl,
      { operationName, variables: { bsn }, extensions: { persistedQuery: { version: 1, sha256Hash: persistedHashOf(DossierDocument) } } },
      { token, activity: 'inzage-betrokkene' },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(asked()).toBe(before);
  });

  it("still runs a document's only operation when no operationName is sent, and the named one of several", async () => {
    const single = await postGraphQL<{ client: { bsn: string } }>(
      stack.gatewayUrl,
      { query: `query A { client(bsn: "${bsn}") { bsn } }` },
      { token, activity },
    );
    expect(single.status).toBe(200);
    expect(single.data?.client.bsn).toBe(bsn);
    const named = await postGraphQL<{ client: { bsn: string } }>(
      stack.gatewayUrl,
      { query: `query A { client(bsn: "${bsn}") { bsn } } query B { __typename }`, operationName: 'A' },
      { token, activity },
    );
    expect(named.data?.client.bsn).toBe(bsn);
  });

  it("answers the caller's other mistakes with 400 and a code that says what to fix, not 500", async () => {
    const anonymousTwice = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ partners { oin } } { partners { name } }' },
      { token, activity },
    );
    expect(anonymousTwice.status).toBe(400);
    expect(new Set(errorCodes(anonymousTwice))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const subscription = await postGraphQL(stack.gatewayUrl, { query: 'subscription S { partners { oin } }' }, { token, activity });
    expect(subscription.status).toBe(400);
    expect(errorCodes(subscription)).toEqual(['BAD_REQUEST']);
    expect(subscription.errors?.[0]?.message).toMatch(/no subscription operations/);
  });
});

describe('operation limits', () => {
  let stack: TestStack;
  let token: string;
  let asked: () => number;

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
    token = await stack.token({ org: oinOf('gemeente') });
    asked = subgraphRequests(stack);
  });
  afterAll(() => stack?.stop());

  const aliases = (count: number) => `query Aliases { ${Array.from({ length: count }, (_, i) => `a${i}: partners { oin }`).join(' ')} }`;
  const limitCases: Array<[string, string, () => string | { query: string; variables: Record<string, unknown> }]> = [
    ['DEPTH', 'the Client.cases ↔ Case.client cycle, 14 levels deep', () => cycle(14)],
    ['ALIASES', `${DEFAULT_OPERATION_LIMITS.maxAliases + 1} aliases`, () => aliases(DEFAULT_OPERATION_LIMITS.maxAliases + 1)],
    [
      'TOKENS',
      '6,000 aliases of one field (the alias bomb)',
      () => `query Bomb { ${Array.from({ length: 6000 }, (_, i) => `a${i}: partners { oin }`).join(' ')} }`,
    ],
    [
      'ROOT_FIELDS',
      `${DEFAULT_OPERATION_LIMITS.maxRootFields + 1} root fields`,
      () => `query Roots { ${'partners { oin } '.repeat(DEFAULT_OPERATION_LIMITS.maxRootFields + 1)} }`,
    ],
    [
      'DIRECTIVES',
      `${DEFAULT_OPERATION_LIMITS.maxDirectives + 1} directives`,
      () => `query Directives { partners { ${'oin @include(if: true) '.repeat(DEFAULT_OPERATION_LIMITS.maxDirectives + 1)} } }`,
    ],
    [
      'COST',
      "a thousand clients, each with their cases and those cases' clients' cases",
      () => ({
        query: 'query Cost($bsns: [BSN!]!) { clients(bsns: $bsns) { cases { id client { cases { id } } } } }',
        variables: { bsns: demoBsns(1000) },
      }),
    ],
  ];

  it.each(limitCases)('refuses %s (%s) with 400 OPERATION_TOO_COMPLEX before any subgraph is asked', async (reason, _what, operation) => {
    const before = asked();
    const built = operation();
    const body = typeof built === 'string' ? { query: built } : built;
    const response = await postGraphQL(stack.gatewayUrl, body, { token, activity });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['OPERATION_TOO_COMPLEX']);
    expect(response.errors?.[0]?.extensions?.reason).toBe(reason);
    // The message names the limit, never a field or type of the schema.
    expect(response.errors?.[0]?.message).not.toMatch(/partners|cases|client|Client|Case/);
    expect(asked()).toBe(before);
  });

  it('lets every operation of the typed client through, e.g. the dossier', async () => {
    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
    expect(response.status).toBe(200);
    expect(errorCodes(response).filter((code) => code === 'OPERATION_TOO_COMPLEX')).toEqual([]);
  });

  it('refuses at a subgraph, too, a deep query sent straight at it with a valid principal', async () => {
    const principal = await gatewayPrincipal(stack, 'regie', { staff: true });
    const response = await postGraphQL(stack.subgraphs.regie.url, { query: cycle(20) }, { headers: { [PRINCIPAL_HEADER]: principal } });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['OPERATION_TOO_COMPLEX']);
    expect(response.errors?.[0]?.extensions?.reason).toBe('DEPTH');
  });

  it('refuses at a subgraph an entity fetch whose representations would cost too much', async () => {
    const principal = await gatewayPrincipal(stack, 'uwv');
    const representations = Array.from({ length: 20_000 }, () => ({ __typename: 'Client', bsn }));
    const response = await postGraphQL(
      stack.subgraphs.uwv.url,
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { uwv { benefits { type } incomeRelations { employer } } } } }',
        variables: { r: representations },
      },
      { headers: { [PRINCIPAL_HEADER]: principal } },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['OPERATION_TOO_COMPLEX']);
    expect(response.errors?.[0]?.extensions?.reason).toBe('COST');
  });
});

describe("one organisation's share of the gateway", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({
      seedClients: 20,
      gateway: { organisationShare: { maxConcurrent: 1, maxCostInFlight: 50_000, maxQueued: 1, queueTimeoutMs: 30_000 } },
    });
  });
  afterAll(() => stack?.stop());

  it('refuses what exceeds its places and queue with 429 TOO_MANY_REQUESTS and retry-after, and serves another organisation meanwhile', async () => {
    const busy = await stack.token({ org: oinOf('gemeente') });
    const other = await stack.token({ org: oinOf('uwv'), sub: 'other-org' });
    const burst = Array.from({ length: 12 }, () =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${busy}`, 'x-processing-activity': activity },
        // Asks a partner: the intermediary's echo of the key alone is answered in the gateway, too fast to queue.
        body: JSON.stringify({ query: `query A { client(bsn: "${bsn}") { bsn uwv { benefits { type } } } }` }),
      }),
    );
    const meanwhile = execute(stack.gatewayUrl, ClientBsnDocument, { bsn }, { token: other });
    const responses = await Promise.all(burst);
    const refused = responses.filter((response) => response.status === 429);
    // One runs, one waits, the other ten arrive while both places are taken.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]?.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await refused[0]?.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(responses.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(1);
    expect((await meanwhile).status).toBe(200);
  });
});
