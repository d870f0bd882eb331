/**
 * Nobody grants themselves access (issue 14, item 1). A housing corporation whose token grants only
 * `estafette-overdracht` tries to open a case on a client it has no relationship with, to read UWV's health data:
 * refused, because regie asks the corporation's own subgraph whether it knows the client. For a client it does
 * know it may open the case, but the role it gave itself unlocks ordinary data only; UWV's `disabilityClass`
 * (SPECIAL_HEALTH) stays NOT_DISCLOSED (UNCONFIRMED_ROLE) until the intermediary's staff confirm the role, which the
 * case history records with who confirmed it. Staff open cases for a partner without a subgraph. The citizen sees
 * the opening and the confirmation in their inquiry; staff see an organisation opening many cases, and cases closed
 * as soon as opened, in the view of unusual activity. The relationship question cannot be asked by anyone but regie.
 */
import { type Insertable, type Kysely } from 'kysely';
import {
  AssignRoleDocument,
  CaseConfirmationsDocument,
  ClientCasesDocument,
  ConfirmRoleDocument,
  CloseCaseDocument,
  DisclosureInquiryDocument,
  OpenCaseDocument,
  OpenCaseForDocument,
  UnusualActivityDocument,
} from '../client/__generated__/graphql';
import { PRINCIPAL_HEADER } from '../common';
import { type ClientRegisterDatabase, demoBsns, RELATIONSHIP_PATH } from '../partner-kit';
import { type RegieDatabase, type RoleConfirmationTable } from '../subgraphs/regie/src/store/schema';
import { actAs, expectData, knowClients, oinOf, type ChainActor } from './support/chain';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { gatewayPrincipal, startStack, STORE_KINDS, type TestStack } from './support/stack';

const ACTIVITY = 'estafette-overdracht';
const HEALTH_QUERY = 'query Health($bsn: BSN!) { client(bsn: $bsn) { uwv { benefits { type disabilityClass } } } }';
const SEED_CLIENTS = 40;

interface HealthAnswer {
  client: { uwv: { benefits: Array<{ type: string; disabilityClass: string | null }> | null } | null };
}

describe.each(STORE_KINDS)('nobody grants themselves access (%s)', (store) => {
  let stack: TestStack;
  let corporation: { org: string; token: string };
  let staff: ChainActor;
  let unknownBsn: string;
  let healthBsn: string;
  let disabilityClass: string;
  const since = new Date(Date.now() - 60_000).toISOString();

  const asCorporation = <TData, TVariables>(document: Parameters<typeof execute<TData, TVariables>>[1], variables: TVariables) =>
    execute(stack.gatewayUrl, document, variables, { token: corporation.token, activity: ACTIVITY });
  const readHealth = (bsn: string) =>
    postGraphQL<HealthAnswer>(
      stack.gatewayUrl,
      { query: HEALTH_QUERY, variables: { bsn } },
      { token: corporation.token, activity: ACTIVITY },
    );

  beforeAll(async () => {
    stack = await startStack({
      store,
      seedClients: SEED_CLIENTS,
      regie: { unusualActivity: { openingsThreshold: 2, windowMinutes: 60, quickCloseMinutes: 10 } },
    });
    // The attacker's token: a housing corporation allowed the relay activity only.
    corporation = {
      org: oinOf('woningcorporatie'),
      token: await stack.token({ org: oinOf('woningcorporatie'), sub: 'corporation-user', activities: [ACTIVITY] }),
    };
    staff = await actAs(stack, 'regie', { staff: true });
    const corporationDb = stack.subgraphs.woningcorporatie.store.db as unknown as Kysely<ClientRegisterDatabase>;
    const known = new Set((await corporationDb.selectFrom('client').select('bsn').execute()).map((row) => row.bsn));
    unknownBsn = demoBsns(SEED_CLIENTS).find((bsn) => !known.has(bsn)) ?? '';
    // A client with a WIA benefit at UWV, whose disability class is special-category (health) data.
    const uwvDb = stack.subgraphs.uwv.store.db as unknown as Kysely<{ benefit: { bsn: string; disability_class: string | null } }>;
    const wia = await uwvDb
      .selectFrom('benefit')
      .select(['bsn', 'disability_class'])
      .where('disability_class', 'is not', null)
      .orderBy('bsn')
      .executeTakeFirstOrThrow();
    healthBsn = wia.bsn;
    disabilityClass = wia.disability_class ?? '';
    // The corporation rents to this client: its own store knows them (an intake of its own).
    await knowClients(stack, 'woningcorporatie', [healthBsn]);
  });
  afterAll(() => stack?.stop());

  it('refuses a MAIN_CONTRACTOR case on a client the corporation does not know, so no health data follows', async () => {
    expect(unknownBsn).not.toBe('');
    const casesBefore = expectData(await staff.run(ClientCasesDocument, { bsn: unknownBsn })).client.cases;
    const opened = await asCorporation(OpenCaseDocument, {
      bsn: unknownBsn,
      model: 'MAIN_CONTRACTOR',
      activity: ACTIVITY,
      reason: 'arrears',
    });
    expect(errorCodes(opened)).toEqual(['FORBIDDEN']);
    expect(opened.errors?.[0]?.message).toMatch(/own records \(subgraph woningcorporatie\) do not know this client/);
    expect(expectData(await staff.run(ClientCasesDocument, { bsn: unknownBsn })).client.cases).toEqual(casesBefore);
    const health = await readHealth(unknownBsn);
    expect(health.data?.client.uwv).toBeNull();
  });

  it('lets it open a case for a client it knows, but discloses health data only once staff confirm its role', async () => {
    const opened = expectData(
      await asCorporation(OpenCaseDocument, { bsn: healthBsn, model: 'MAIN_CONTRACTOR', activity: ACTIVITY, reason: 'rent arrears' }),
    ).openCase;
    expect(opened.lead?.organisation.oin).toBe(corporation.org);

    const before = await readHealth(healthBsn);
    const refused = before.errors?.find((e) => e.path?.includes('disabilityClass'));
    expect(refused?.extensions?.code).toBe('NOT_DISCLOSED');
    expect(refused?.extensions?.reason).toBe('UNCONFIRMED_ROLE');
    // Ordinary and financial data flow on the self-given role: only the special category waits.
    expect(before.data?.client.uwv?.benefits?.some((b) => b.type.startsWith('WIA'))).toBe(true);

    const lead = opened.lead?.id ?? '';
    const confirmed = expectData(
      await staff.run(ConfirmRoleDocument, {
        caseId: opened.id,
        assignmentId: lead,
        reason: 'tenancy file checked',
        expectedVersion: opened.version,
      }),
    ).confirmRole;
    expect(confirmed.version).toBe(opened.version + 1);

    const after = await readHealth(healthBsn);
    expect(after.errors).toBeUndefined();
    expect(after.data?.client.uwv?.benefits?.map((b) => b.disabilityClass)).toContain(disabilityClass);

    const state = expectData(await staff.run(CaseConfirmationsDocument, { id: opened.id })).case;
    expect(state?.roles.find((r) => r.id === lead)).toMatchObject({ confirmed: true, confirmedBy: { oin: oinOf('regie') } });
    expect(state?.history.map((e) => e.kind)).toEqual(['CASE_OPENED', 'ROLE_CONFIRMED']);
    expect(state?.history[1]).toMatchObject({
      actor: { oin: oinOf('regie') },
      actorUser: 'regie-user',
      subject: { oin: corporation.org },
      role: 'MAIN_CONTRACTOR',
      reason: 'tenancy file checked',
    });

    // Confirming is staff's: the corporation cannot confirm its own role (nor anyone's), nor twice.
    const self = await asCorporation(ConfirmRoleDocument, {
      caseId: opened.id,
      assignmentId: lead,
      reason: 'me',
      expectedVersion: confirmed.version,
    });
    expect(errorCodes(self)).toEqual(['FORBIDDEN']);
    const again = await staff.run(ConfirmRoleDocument, {
      caseId: opened.id,
      assignmentId: lead,
      reason: 'again',
      expectedVersion: confirmed.version,
    });
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
  });

  it('does not let an unconfirmed lead confirm the roles it hands out; a confirmed one does', async () => {
    const gemeente = await actAs(stack, 'gemeente');
    await knowClients(stack, 'gemeente', [healthBsn]);
    const opened = expectData(
      await gemeente.run(OpenCaseDocument, { bsn: healthBsn, model: 'MAIN_CONTRACTOR', activity: 'ketencoordinatie', reason: 'intake' }),
    ).openCase;
    const assign = (org: string, expectedVersion: number) =>
      gemeente
        .run(AssignRoleDocument, { caseId: opened.id, org, role: 'SUBCONTRACTOR', reason: 'help', expectedVersion })
        .then((r) => expectData(r).assignRole);
    const withUwv = await assign(oinOf('uwv'), opened.version);
    const confirmedLead = expectData(
      await staff.run(ConfirmRoleDocument, {
        caseId: opened.id,
        assignmentId: opened.lead?.id ?? '',
        reason: 'intake seen',
        expectedVersion: withUwv.version,
      }),
    ).confirmRole;
    await assign(oinOf('svb'), confirmedLead.version);
    const state = expectData(await staff.run(CaseConfirmationsDocument, { id: opened.id })).case;
    const confirmedOf = (oin: string) => state?.roles.find((r) => r.organisation.oin === oin);
    expect(confirmedOf(oinOf('uwv'))).toMatchObject({ confirmed: false, confirmedBy: null });
    expect(confirmedOf(oinOf('svb'))).toMatchObject({ confirmed: true, confirmedBy: { oin: oinOf('gemeente') } });
  });

  it('lets staff open a case for a partner without a subgraph, which cannot open one itself', async () => {
    const schuldhulp = await actAs(stack, 'schuldhulp');
    const itself = await schuldhulp.run(OpenCaseDocument, {
      bsn: healthBsn,
      model: 'MAIN_CONTRACTOR',
      activity: 'ketencoordinatie',
      reason: 'intake',
    });
    expect(errorCodes(itself)).toEqual(['FORBIDDEN']);
    expect(itself.errors?.[0]?.message).toMatch(/no subgraph[^]*staff can open it for you/);

    const opened = expectData(
      await staff.run(OpenCaseForDocument, {
        bsn: healthBsn,
        model: 'MAIN_CONTRACTOR',
        activity: 'ketencoordinatie',
        reason: 'referred by the municipality',
        lead: oinOf('schuldhulp'),
      }),
    ).openCase;
    expect(opened.lead?.organisation.oin).toBe(oinOf('schuldhulp'));
    const state = expectData(await staff.run(CaseConfirmationsDocument, { id: opened.id })).case;
    expect(state?.roles[0]).toMatchObject({ confirmed: true, confirmedBy: { oin: oinOf('regie') } });

    // Naming another organisation's lead is staff's alone.
    const byPartner = await schuldhulp.run(OpenCaseForDocument, {
      bsn: healthBsn,
      model: 'MAIN_CONTRACTOR',
      activity: 'ketencoordinatie',
      reason: 'x',
      lead: oinOf('gemeente'),
    });
    expect(errorCodes(byPartner)).toEqual(['FORBIDDEN']);
  });

  it('shows the citizen who opened a case about them, who confirmed a role, and that the corporation was asked', async () => {
    const citizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-1', activities: ['inzage-betrokkene'], citizen: healthBsn });
    const inquiry = expectData(
      await execute(stack.gatewayUrl, DisclosureInquiryDocument, { bsn: healthBsn }, { token: citizen, activity: 'inzage-betrokkene' }),
    ).disclosureInquiry;
    const atRegie = inquiry.regie.disclosures;
    expect(atRegie).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recipient: corporation.org, activity: ACTIVITY, fields: ['Mutation.openCase'] }),
        expect.objectContaining({ recipient: oinOf('regie'), fields: ['Mutation.confirmRole'] }),
      ]),
    );
    const asked = inquiry.woningcorporatie?.disclosures.filter((d) => d.status === 'KNOWN') ?? [];
    expect(asked.map((d) => d.recipient)).toContain(corporation.org);
  });

  it('lists for staff an organisation that opened more cases than the threshold, and a case closed as soon as opened', async () => {
    const more = demoBsns(3)
      .filter((bsn) => bsn !== healthBsn)
      .slice(0, 2);
    await knowClients(stack, 'woningcorporatie', more);
    const ids: string[] = [];
    for (const bsn of more)
      ids.push(
        expectData(await asCorporation(OpenCaseDocument, { bsn, model: 'RELAY', activity: ACTIVITY, reason: 'arrears' })).openCase.id,
      );
    await asCorporation(CloseCaseDocument, { caseId: ids[0] ?? '', reason: 'done', expectedVersion: 1 });

    const view = expectData(await staff.run(UnusualActivityDocument, { since })).unusualActivity;
    const busy = view.busyOpeners.find((b) => b.organisation.oin === corporation.org);
    expect(busy?.opened).toBeGreaterThanOrEqual(3);
    expect(busy?.windowMinutes).toBe(60);
    expect(view.quickCloses.map((c) => c.caseId)).toEqual([ids[0]]);
    expect(view.quickCloses[0]).toMatchObject({
      openedBy: { oin: corporation.org },
      closedBy: { oin: corporation.org },
      activity: ACTIVITY,
    });

    // The view is staff's: the corporation does not learn who else is collecting cases.
    const asPartner = await asCorporation(UnusualActivityDocument, { since });
    expect(errorCodes(asPartner)).toEqual(['FORBIDDEN']);
  });

  it('answers the relationship question to regie only, for the asking organisation itself', async () => {
    const url = new URL(RELATIONSHIP_PATH, stack.subgraphs.woningcorporatie.url).toString();
    const ask = async (principal: string | null) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (principal) headers[PRINCIPAL_HEADER] = principal;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ bsn: healthBsn }) });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const forCorporation = { org: corporation.org, activity: ACTIVITY };
    expect((await ask(null)).status).toBe(401);
    // A principal the corporation's subgraph itself receives (its own audience) is no question from regie.
    expect((await ask(await gatewayPrincipal(stack, 'woningcorporatie', forCorporation))).status).toBe(401);
    // Another organisation cannot learn, through regie's principal, whom the corporation knows.
    expect((await ask(await gatewayPrincipal(stack, 'regie', { org: oinOf('gemeente'), activity: ACTIVITY }))).status).toBe(403);
    expect(await ask(await gatewayPrincipal(stack, 'regie', forCorporation))).toEqual({ status: 200, body: { knows: true } });
  });

  it('keeps the confirmation invariants in the database: an existing assignment, and no self-confirmation but by staff', async () => {
    const db = stack.subgraphs.regie.store.db as unknown as Kysely<RegieDatabase>;
    const opened = expectData(
      await asCorporation(OpenCaseDocument, { bsn: healthBsn, model: 'RELAY', activity: ACTIVITY, reason: 'arrears' }),
    ).openCase;
    const self = { id: opened.lead?.id ?? '', org: corporation.org };
    const row = { confirmed_by_user: 'x', confirmed_at: new Date().toISOString(), reason: 'x' };
    // The store's own refusal, read as its message (jest's rejects.toThrow does not always recognise a driver's error).
    const refusal = (values: Insertable<RoleConfirmationTable>) =>
      db
        .insertInto('role_confirmation')
        .values(values)
        .execute()
        .then(
          () => 'accepted',
          (error: Error) => error.message,
        );
    expect(
      await refusal({
        ...row,
        assignment_id: 'no-such-assignment',
        org: corporation.org,
        confirmed_by_org: oinOf('regie'),
        confirmed_by_staff: 1,
      }),
    ).toMatch(/foreign key/i);
    expect(await refusal({ ...row, assignment_id: self.id, org: self.org, confirmed_by_org: self.org, confirmed_by_staff: 0 })).toMatch(
      /check constraint|role_confirmation_second_party/i,
    );
    // Nor a confirmation that names another holder than the assignment's.
    expect(
      await refusal({ ...row, assignment_id: self.id, org: oinOf('gemeente'), confirmed_by_org: self.org, confirmed_by_staff: 0 }),
    ).toMatch(/foreign key/i);
  });
});
