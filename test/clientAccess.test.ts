/**
 * What clients may send and see: persisted-only mode for partners (staff exempt), introspection and field
 * suggestions for staff only, and the development sign-in of the explorer.
 */
import { ClientBsnDocument, PartnersDocument, createClient, persistedHashOf } from '../client';
import { demoBsns } from '../partner-kit';
import { DEFAULT_EXPLORER_DIR } from '../gateway/src/clientAccess';
import { loadPersistedOperations } from '../gateway/src/persisted/manifest';
import { oinOf } from './support/chain';
import { errorCodes, postGraphQL } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const operations = loadPersistedOperations();
const INTROSPECTION = '{ __schema { queryType { name } } }';
const activity = 'schuldhulp-intake';

function stackWith(only: boolean): Promise<TestStack> {
  return startStack({
    seedClients: 50,
    gateway: { clientAccess: { persistedOperations: { operations, only }, introspection: 'staff', explorerDir: DEFAULT_EXPLORER_DIR } },
  });
}

describe('persisted-only mode', () => {
  let stack: TestStack;
  let partner: string;
  let staff: string;
  beforeAll(async () => {
    stack = await stackWith(true);
    partner = await stack.token({ org: oinOf('gemeente') });
    staff = await stack.token({ org: oinOf('regie'), staff: true });
  });
  afterAll(() => stack?.stop());

  it('refuses an ad-hoc query from a partner before parsing it', async () => {
    for (const query of ['{ partners { oin name } }', '{ partners { nosuchfield } }', 'not graphql']) {
      const response = await postGraphQL(stack.gatewayUrl, { query }, { token: partner, activity });
      expect(response.status).toBe(403);
      expect(errorCodes(response)).toEqual(['PERSISTED_QUERY_REQUIRED']);
      expect(response.data).toBeUndefined();
    }
  });

  it('refuses an ad-hoc query sent with GET, and in a batch', async () => {
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ partners { oin } }')}`, {
      headers: { authorization: `Bearer ${partner}`, 'x-processing-activity': activity, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(403);
    const hash = persistedHashOf(PartnersDocument);
    const batch = await postGraphQL(
      stack.gatewayUrl,
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { query: '{ partners { oin } }' }],
      { token: partner, activity },
    );
    expect(errorCodes(batch)).toEqual(['PERSISTED_QUERY_REQUIRED']);
  });

  it("accepts the manifest's operations from a partner: by hash (the typed client) or as the exact text", async () => {
    const client = createClient({ url: stack.gatewayUrl, token: partner, activity });
    const byHash = await client.request(ClientBsnDocument, { bsn: demoBsns(1)[0] ?? '' });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data?.client.bsn).toBe(demoBsns(1)[0]);
    const hash = persistedHashOf(PartnersDocument) ?? '';
    const asText = await postGraphQL<{ partners: unknown[] }>(
      stack.gatewayUrl,
      { query: operations.get(hash) },
      { token: partner, activity },
    );
    expect(asText.status).toBe(200);
    expect(asText.data?.partners.length).toBeGreaterThan(0);
  });

  it('lets staff send ad-hoc operations', async () => {
    const response = await postGraphQL<{ partners: unknown[] }>(
      stack.gatewayUrl,
      { query: '{ partners { oin name } }' },
      { token: staff, activity: 'ketencoordinatie' },
    );
    expect(response.status).toBe(200);
    expect(response.data?.partners.length).toBeGreaterThan(0);
  });

  it('refuses an unknown hash, a text that does not match its hash and a wrong extension version, for everyone', async () => {
    const hash = persistedHashOf(PartnersDocument) ?? '';
    for (const token of [partner, staff]) {
      const unknown = await postGraphQL(
        stack.gatewayUrl,
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
        { token, activity },
      );
      expect([unknown.status, errorCodes(unknown)]).toEqual([403, ['PERSISTED_QUERY_REQUIRED']]);
      const mismatch = await postGraphQL(
        stack.gatewayUrl,
        { query: '{ partners { oin } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        { token, activity },
      );
      expect([mismatch.status, errorCodes(mismatch)]).toEqual([400, ['BAD_REQUEST']]);
      const version = await postGraphQL(
        stack.gatewayUrl,
        { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
        { token, activity },
      );
      expect([version.status, errorCodes(version)]).toEqual([400, ['BAD_REQUEST']]);
    }
  });

  it('refuses introspection by a partner as FORBIDDEN, not merely as an ad-hoc query', async () => {
    const response = await postGraphQL(stack.gatewayUrl, { query: INTROSPECTION }, { token: partner, activity });
    expect([response.status, errorCodes(response)]).toEqual([403, ['FORBIDDEN']]);
  });
});

describe('introspection and suggestions', () => {
  let stack: TestStack;
  let partner: string;
  let staff: string;
  beforeAll(async () => {
    stack = await stackWith(false);
    partner = await stack.token({ org: oinOf('uwv') });
    staff = await stack.token({ org: oinOf('regie'), staff: true });
  });
  afterAll(() => stack?.stop());

  it('allows introspection for staff', async () => {
    const response = await postGraphQL<{ __schema: { queryType: { name: string } } }>(
      stack.gatewayUrl,
      { query: INTROSPECTION },
      { token: staff, activity },
    );
    expect(response.status).toBe(200);
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses introspection by a partner, however it is hidden', async () => {
    const hidden = [
      INTROSPECTION,
      '{ __type(name: "Client") { fields { name } } }',
      'query { ...Schema } fragment Schema on Query { __schema { types { name } } }',
      '{ partners { oin } schema: __schema { types { name } } }',
    ];
    for (const query of hidden) {
      const response = await postGraphQL(stack.gatewayUrl, { query }, { token: partner, activity });
      expect([response.status, errorCodes(response), response.data ?? null]).toEqual([403, ['FORBIDDEN'], null]);
    }
    const typename = await postGraphQL<{ __typename: string }>(stack.gatewayUrl, { query: '{ __typename }' }, { token: partner, activity });
    expect(typename.data?.__typename).toBe('Query');
  });

  it('refuses anonymous introspection as FORBIDDEN (other anonymous requests stay UNAUTHENTICATED)', async () => {
    const introspection = await postGraphQL(stack.gatewayUrl, { query: INTROSPECTION });
    expect([introspection.status, errorCodes(introspection)]).toEqual([403, ['FORBIDDEN']]);
    const ordinary = await postGraphQL(stack.gatewayUrl, { query: '{ partners { oin } }' });
    expect([ordinary.status, errorCodes(ordinary)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('gives partners no field suggestions, and staff their "Did you mean"', async () => {
    const typos = [
      '{ partners { nam } }',
      `{ client(bsn: "${demoBsns(1)[0]}") { uwv { benefit { type } } } }`,
      `mutation { openCase(bsn: "${demoBsns(1)[0]}", model: RELAYY, activity: "ketencoordinatie", reason: "r") { id } }`,
    ];
    for (const query of typos) {
      const forPartner = await postGraphQL(stack.gatewayUrl, { query }, { token: partner, activity });
      expect(errorCodes(forPartner)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(forPartner.errors?.[0]?.message).not.toMatch(/did you mean/i);
      const forStaff = await postGraphQL(stack.gatewayUrl, { query }, { token: staff, activity });
      expect(forStaff.errors?.[0]?.message).toMatch(/Did you mean/);
    }
  });

  it('accepts ad-hoc text from partners when persisted operations are not required', async () => {
    const client = createClient({ url: stack.gatewayUrl, token: partner, activity, persisted: false });
    const response = await client.request(PartnersDocument, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.partners.length).toBeGreaterThan(0);
  });
});
