/** An invalid BSN anywhere in a request is a clear INVALID_BSN error, never a 500, and reaches no partner. */
import { PRINCIPAL_HEADER } from '../common';
import { demoBsns } from '../partner-kit';
import { ClientsOverviewDocument, DossierDocument } from '../client/__generated__/graphql';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { gatewayPrincipal, startStack, type TestStack } from './support/stack';
import { subgraphRequests } from './support/subgraphRequests';

describe('BSN validation', () => {
  let stack: TestStack;
  let token: string;
  // Not the stores' statement counts: regie reads its role-change feed every 200 ms while partners follow it.
  let subgraphsAsked: () => number;

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
    subgraphsAsked = subgraphRequests(stack);
    token = await stack.token();
  });
  afterAll(() => stack?.stop());

  it.each([
    ['a failing check digit', '111222334'],
    ['eight digits', '12345678'],
    ['all zeros', '000000000'],
    ['letters', 'abcdefghi'],
  ])('refuses %s in a variable with 400 INVALID_BSN before any subgraph is asked', async (_label, bsn) => {
    const before = subgraphsAsked();
    // The dossier asks every partner; a query of the BSN alone is answered at the gateway (gateway/src/fetch/keyEcho.ts).
    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['INVALID_BSN']);
    expect(response.errors?.[0]?.message).toMatch(/eleven-test/);
    // The number itself is not echoed (only its last three digits, to help find the typo).
    expect(response.errors?.[0]?.message).not.toContain(bsn.slice(0, 6));
    expect(subgraphsAsked()).toBe(before);
  });

  it('lets a valid BSN through to the partners (so the count above would see a request that reached one)', async () => {
    const [bsn = ''] = demoBsns(1);
    const before = subgraphsAsked();
    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
    expect(response.data?.client.bsn).toBe(bsn);
    expect(subgraphsAsked()).toBeGreaterThan(before);
  });

  it('refuses an invalid BSN written into the query', async () => {
    const response = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ client(bsn: "123456789") { bsn uwv { benefits { type } } } }' },
      { token, activity: 'schuldhulp-intake' },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['INVALID_BSN']);
  });

  it('refuses other malformed scalars at the gateway too, with 400 BAD_USER_INPUT', async () => {
    const response = await postGraphQL(
      stack.gatewayUrl,
      { query: 'query($o: OIN!) { partner(oin: $o) { name } }', variables: { o: '123' } },
      { token, activity: 'schuldhulp-intake' },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/twenty digits/);
  });

  it('refuses one invalid BSN hidden in a list', async () => {
    const bsns = [...demoBsns(3), '111222334'];
    const response = await execute(stack.gatewayUrl, ClientsOverviewDocument, { bsns }, { token });
    expect(errorCodes(response)).toEqual(['INVALID_BSN']);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses an invalid entity key sent straight to a subgraph with INVALID_BSN at that entity', async () => {
    const signed = await gatewayPrincipal(stack, 'gemeente');
    const response = await postGraphQL<{ _entities: Array<{ bsn: string } | null> }>(
      stack.subgraphs.gemeente.url,
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { bsn gemeente { debtHelp { status } } } } }',
        variables: {
          r: [
            { __typename: 'Client', bsn: demoBsns(1)[0] },
            { __typename: 'Client', bsn: '111222334' },
          ],
        },
      },
      { headers: { [PRINCIPAL_HEADER]: signed } },
    );
    expect(response.status).toBe(200);
    expect(errorCodes(response)).toEqual(['INVALID_BSN']);
    expect(response.errors?.[0]?.path).toEqual(['_entities', 1]);
    expect(response.data?._entities[0]?.bsn).toBe(demoBsns(1)[0]);
    expect(response.data?._entities[1]).toBeNull();
  });
});
