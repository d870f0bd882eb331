/**
 * Regie's own purpose check, the second lock behind the gateway's: requests sent straight at regie with a valid
 * principal signed by the gateway's key, under activities the case policy (`Client.cases`, `Case.history`) does
 * not serve. Case data, case history and the roles in cases are refused at regie itself (NOT_DISCLOSED, reason
 * PURPOSE; FORBIDDEN for a change), and no disclosure is recorded in regie's processing log.
 */
import { type GraphQLFormattedError } from 'graphql';
import { demoBsns, ROLES_PATH } from '../partner-kit';
import { PARTNER_PROOF_HEADER, PRINCIPAL_HEADER } from '../common';
import { CaseDetailsDocument } from '../client/__generated__/graphql';
import { grantCases, oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL, type GraphQLResponse } from './support/graphql';
import { newTraceparent, processingRecordsOfTrace } from './support/logs';
import { gatewayPrincipal, gatewayRolesPrincipal, partnerProof, startStack, STORE_KINDS, type TestStack } from './support/stack';

/** Registered activities that are not case work: the case policy excludes them. */
const EXCLUDED = ['fraude-onderzoek', 'inzage-betrokkene', 'logboek-beheer'];
const ALLOWED = ['ketencoordinatie', 'schuldhulp-intake'];

const CLIENT_CASES = 'query($bsn: BSN!) { client(bsn: $bsn) { bsn cases { id history { kind } } } }';
const ENTITY_CASES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { bsn cases { id history { kind } } } } }';

function refusedForPurpose(errors: readonly GraphQLFormattedError[] | undefined, path: ReadonlyArray<string | number>): void {
  expect(errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason, path: e.path }))).toEqual([
    { code: 'NOT_DISCLOSED', reason: 'PURPOSE', path },
  ]);
}

describe.each(STORE_KINDS)('regie refuses case data for an activity its policy excludes, by itself (%s)', (store) => {
  let stack: TestStack;
  const [bsn = '', fraudBsn = ''] = demoBsns(40).slice(30);
  const gemeente = oinOf('gemeente');
  let caseId = '';

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 40 });
    [caseId = ''] = await grantCases(stack, 'gemeente', [bsn], { activity: 'ketencoordinatie' });
    // A case under an activity that is not case work, as only a bypass of regie's checks (or old data) could leave.
    await grantCases(stack, 'gemeente', [fraudBsn], { activity: 'fraude-onderzoek' });
  }, 120_000);
  afterAll(() => stack?.stop());

  /** Sends a query straight to regie as gemeente (or `overrides`) under `activity`; returns what regie logged as disclosed. */
  async function askRegie<T>(
    query: string,
    variables: Record<string, unknown>,
    activity: string,
    overrides: { staff?: boolean; org?: string } = {},
  ) {
    const trace = newTraceparent();
    const principal = await gatewayPrincipal(stack, 'regie', { org: gemeente, activity, ...overrides });
    const response: GraphQLResponse<T> = await postGraphQL<T>(
      stack.subgraphs.regie.url,
      { query, variables },
      { headers: { [PRINCIPAL_HEADER]: principal, traceparent: trace.traceparent } },
    );
    const records = (await processingRecordsOfTrace(stack, trace.traceId)).regie;
    return { response, disclosed: records.flatMap((r) => r.personalFields?.disclosed ?? []) };
  }

  describe.each(EXCLUDED)('under %s', (activity) => {
    it('refuses Client.cases through client(bsn), and logs no disclosure', async () => {
      const { response, disclosed } = await askRegie<{ client: { bsn: string; cases: unknown } }>(CLIENT_CASES, { bsn }, activity);
      expect(response.data?.client).toEqual({ bsn, cases: null });
      refusedForPurpose(response.errors, ['client', 'cases']);
      expect(disclosed).toEqual([]);
    });

    it('refuses Client.cases through _entities, also to staff, and logs no disclosure', async () => {
      const { response, disclosed } = await askRegie<{ _entities: unknown[] }>(
        ENTITY_CASES,
        { r: [{ __typename: 'Client', bsn }] },
        activity,
        { staff: true, org: oinOf('regie') },
      );
      expect(response.data?._entities).toEqual([{ bsn, cases: null }]);
      refusedForPurpose(response.errors, ['_entities', 0, 'cases']);
      expect(disclosed).toEqual([]);
    });

    it('refuses case(id) with its history, a Case reference and myCases', async () => {
      const byId = await askRegie<{ case: unknown }>(
        'query($id: ID!) { case(id: $id) { id roles { role } history { kind reason } } }',
        { id: caseId },
        activity,
      );
      expect(byId.response.data).toEqual({ case: null });
      refusedForPurpose(byId.response.errors, ['case']);

      const reference = await askRegie<{ _entities: unknown[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id history { kind } } } }',
        { r: [{ __typename: 'Case', id: caseId }] },
        activity,
      );
      expect(reference.response.data).toEqual({ _entities: [null] });
      refusedForPurpose(reference.response.errors, ['_entities', 0]);

      const mine = await askRegie<{ myCases: unknown }>('{ myCases { nodes { id history { kind } } } }', {}, activity);
      expect(mine.response.data ?? null).toBeNull();
      refusedForPurpose(mine.response.errors, ['myCases']);
      expect([...byId.disclosed, ...reference.disclosed, ...mine.disclosed]).toEqual([]);
    });

    it('refuses the role lookups, even for roles in a case opened for that very activity', async () => {
      const query = 'query($org: OIN!, $bsns: [BSN!]!) { rolesOf(org: $org, bsns: $bsns) { bsn roles { role } } }';
      const viaGraphQL = await askRegie<{ rolesOf: unknown }>(query, { org: gemeente, bsns: [bsn, fraudBsn] }, activity);
      expect(viaGraphQL.response.data ?? null).toBeNull();
      refusedForPurpose(viaGraphQL.response.errors, ['rolesOf']);

      const rolesPrincipal = await gatewayRolesPrincipal(stack, 'gemeente', { org: gemeente, activity });
      const headers = { [PRINCIPAL_HEADER]: rolesPrincipal, [PARTNER_PROOF_HEADER]: await partnerProof(stack, rolesPrincipal, 'gemeente') };
      const lookup = await postGraphQL(new URL(ROLES_PATH, stack.subgraphs.regie.url).toString(), { bsns: [bsn, fraudBsn] }, { headers });
      expect({ status: lookup.status, codes: errorCodes(lookup) }).toEqual({ status: 403, codes: ['NOT_DISCLOSED'] });
    });

    it('refuses to open or change a case (FORBIDDEN), and nothing changes', async () => {
      const open = await askRegie<{ openCase: unknown }>(
        'mutation($bsn: BSN!, $activity: String!) { openCase(bsn: $bsn, model: MAIN_CONTRACTOR, activity: $activity, reason: "x") { id } }',
        { bsn, activity },
        activity,
      );
      expect(open.response.data ?? null).toBeNull();
      expect(errorCodes(open.response)).toEqual(['FORBIDDEN']);
      const close = await askRegie<{ closeCase: unknown }>(
        'mutation($id: ID!) { closeCase(caseId: $id, reason: "x", expectedVersion: 1) { id } }',
        { id: caseId },
        activity,
      );
      expect(errorCodes(close.response)).toEqual(['FORBIDDEN']);
      const after = await askRegie<{ client: { cases: Array<{ id: string }> } }>(CLIENT_CASES, { bsn }, 'ketencoordinatie');
      expect(after.response.data?.client.cases.map((c) => c.id)).toEqual([caseId]);
    });
  });

  describe.each(ALLOWED)('under %s', (activity) => {
    it("discloses the client's cases with their history, and logs the disclosure", async () => {
      const { response, disclosed } = await askRegie<{ client: { cases: Array<{ id: string; history: unknown[] }> } }>(
        CLIENT_CASES,
        { bsn },
        activity,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.client.cases.map((c) => c.id)).toEqual([caseId]);
      expect(response.data?.client.cases[0]?.history[0]).toEqual({ kind: 'CASE_OPENED' });
      expect(new Set(disclosed)).toEqual(new Set(['Client.cases', 'Case.history']));
    });

    it('answers case(id), myCases and the role lookups', async () => {
      const byId = await askRegie<{ case: { id: string } | null }>(
        'query($id: ID!) { case(id: $id) { id history { kind } } }',
        { id: caseId },
        activity,
      );
      expect(byId.response.errors).toBeUndefined();
      expect(byId.response.data?.case?.id).toBe(caseId);
      const mine = await askRegie<{ myCases: { nodes: Array<{ id: string }> } }>('{ myCases(first: 100) { nodes { id } } }', {}, activity);
      expect(mine.response.errors).toBeUndefined();
      expect(mine.response.data?.myCases.nodes.map((c) => c.id)).toContain(caseId);

      const rolesPrincipal = await gatewayRolesPrincipal(stack, 'gemeente', { org: gemeente, activity });
      const headers = { [PRINCIPAL_HEADER]: rolesPrincipal, [PARTNER_PROOF_HEADER]: await partnerProof(stack, rolesPrincipal, 'gemeente') };
      const lookup = await postGraphQL<never>(new URL(ROLES_PATH, stack.subgraphs.regie.url).toString(), { bsns: [bsn] }, { headers });
      expect(lookup.status).toBe(200);
    });
  });

  it('still counts only roles in cases opened for the declared activity', async () => {
    const query = 'query($org: OIN!, $bsns: [BSN!]!) { rolesOf(org: $org, bsns: $bsns) { bsn roles { role } } }';
    const { response } = await askRegie<{ rolesOf: Array<{ bsn: string; roles: unknown[] }> }>(
      query,
      { org: gemeente, bsns: [bsn, fraudBsn] },
      'ketencoordinatie',
    );
    expect(response.data?.rolesOf).toEqual([
      { bsn, roles: [{ role: 'MAIN_CONTRACTOR' }] },
      { bsn: fraudBsn, roles: [] },
    ]);
  });

  it('answers disclosureInquiry only under inzage-betrokkene, also when asked straight at regie', async () => {
    const query = 'query($bsn: BSN!) { disclosureInquiry(bsn: $bsn) { regie { partner } } }';
    const entity = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on DisclosureInquiry { regie { partner } } } }';
    const staff = { staff: true, org: oinOf('regie') };
    for (const activity of [...EXCLUDED.filter((a) => a !== 'inzage-betrokkene'), ...ALLOWED]) {
      const direct = await askRegie<{ disclosureInquiry: unknown }>(query, { bsn }, activity, staff);
      expect(direct.response.data ?? null).toBeNull();
      expect(errorCodes(direct.response)).toEqual(['FORBIDDEN']);
      const viaEntities = await askRegie<{ _entities: unknown[] }>(
        entity,
        { r: [{ __typename: 'DisclosureInquiry', bsn }] },
        activity,
        staff,
      );
      expect(viaEntities.response.data?._entities[0] ?? null).toBeNull();
      expect(errorCodes(viaEntities.response)).toEqual(['FORBIDDEN']);
    }
    const allowed = await askRegie<{ disclosureInquiry: { regie: { partner: string } } }>(query, { bsn }, 'inzage-betrokkene', staff);
    expect(allowed.response.errors).toBeUndefined();
    expect(allowed.response.data?.disclosureInquiry.regie.partner).toBe('regie');
  });

  it("the gateway refuses a case's history before planning too (Case.history declares its policy)", async () => {
    const token = await stack.token({ org: gemeente });
    const response = await execute(stack.gatewayUrl, CaseDetailsDocument, { id: caseId }, { token, activity: 'fraude-onderzoek' });
    expect(errorCodes(response)).toEqual(['PURPOSE_NOT_ALLOWED']);
  });
});
