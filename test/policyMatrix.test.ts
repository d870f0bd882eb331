/**
 * What may be shared, through the real gateway: a requesting organisation (the debt counsellor "schuldhulp",
 * which owns no partner data) in every kind of position in a client's case, asking under several activities.
 * For every field that a partner guards, the answer must be exactly the value or NOT_DISCLOSED at its path, as
 * the policies in the subgraphs' schemas say; fields the activity may not serve are refused whole beforehand.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterDatabase, demoBsns } from '../partner-kit';
import { SUBGRAPH_NAMES } from '../subgraphs/partners';
import { type RegieDatabase } from '../subgraphs/regie/src/store/schema';
import { seedCases } from '../subgraphs/regie/src/store/caseSeed';
import {
  AcceptHandoverDocument,
  AssistanceAssessmentDocument,
  CoordinationViewDocument,
  IntakeViewDocument,
  ProposeHandoverDocument,
} from '../client/__generated__/graphql';
import { actAs, expectData, oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL, type GraphQLResponse } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

/** 'none': a lead role only in a case of this client opened for another purpose. */
type Position = 'none' | 'lead' | 'subcontractor' | 'contributor' | 'relayHolder' | 'formerHolder' | 'expired' | 'closedCase';

/** The guarded fields of the intake view, by response path below `client`. */
const INTAKE_FIELDS = [
  'gemeente',
  'gemeente.socialAssistance',
  'gemeente.debtHelp',
  'uwv',
  'uwv.benefits',
  'uwv.incomeRelations',
  'svb',
  'svb.aow',
  'svb.childBenefit',
  'toeslagen',
  'toeslagen.allowances',
  'toeslagen.recoveries',
  'woningcorporatie',
  'woningcorporatie.tenancy',
  'woningcorporatie.rentArrears',
] as const;
const SECTIONS = ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'];

/** Expected: the intake-view fields disclosed to schuldhulp in each position (from the policies in the SDLs). */
const DISCLOSED: Record<Position, readonly string[]> = {
  none: [],
  lead: INTAKE_FIELDS,
  relayHolder: INTAKE_FIELDS,
  subcontractor: [
    ...SECTIONS,
    'gemeente.socialAssistance',
    'gemeente.debtHelp',
    'uwv.benefits',
    'svb.aow',
    'toeslagen.allowances',
    'toeslagen.recoveries',
    'woningcorporatie.tenancy',
    'woningcorporatie.rentArrears',
  ],
  contributor: [...SECTIONS, 'gemeente.debtHelp', 'woningcorporatie.tenancy'],
  formerHolder: [],
  expired: [],
  closedCase: [],
};

const POSITIONS = Object.keys(DISCLOSED) as Position[];

function notDisclosedPaths(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).filter((e) => e.extensions?.code === 'NOT_DISCLOSED').map((e) => (e.path ?? []).slice(1).join('.'));
}

describe.each(STORE_KINDS)('the sharing matrix through the gateway (%s)', (store) => {
  let stack: TestStack;
  const clientOf = new Map<Position, string>();

  beforeAll(async () => {
    // Counts store queries: no role-change stream, whose feed regie would read in the background.
    stack = await startStack({ store, seedClients: 3000, rolesStream: false });
    // Clients every partner knows, one per position, none of them in the demo cases.
    const known = await Promise.all(
      SUBGRAPH_NAMES.filter((n) => n !== 'regie').map(async (name) => {
        const db = stack.subgraphs[name].store.db as unknown as Kysely<ClientRegisterDatabase>;
        return new Set((await db.selectFrom('client').select('bsn').execute()).map((r) => r.bsn));
      }),
    );
    const everywhere = demoBsns(3000)
      .slice(3)
      .filter((bsn) => known.every((set) => set.has(bsn)));
    expect(everywhere.length).toBeGreaterThanOrEqual(POSITIONS.length);
    POSITIONS.forEach((position, index) => clientOf.set(position, everywhere[index] ?? ''));

    const regie = stack.subgraphs.regie.store.db as unknown as Kysely<RegieDatabase>;
    const S = oinOf('schuldhulp');
    const G = oinOf('gemeente');
    const bsn = (p: Position) => clientOf.get(p) ?? '';
    const intake = 'schuldhulp-intake';
    const [, , , , , expiredCase, closedCase] = await seedCases(regie, [
      { bsn: bsn('lead'), model: 'MAIN_CONTRACTOR', lead: S, activity: intake },
      { bsn: bsn('relayHolder'), model: 'RELAY', lead: S, activity: intake },
      { bsn: bsn('subcontractor'), model: 'MAIN_CONTRACTOR', lead: G, others: [{ org: S, role: 'SUBCONTRACTOR' }], activity: intake },
      { bsn: bsn('contributor'), model: 'DIRECTOR', lead: oinOf('regie'), others: [{ org: S, role: 'CONTRIBUTOR' }], activity: intake },
      { bsn: bsn('formerHolder'), model: 'RELAY', lead: S, activity: intake },
      { bsn: bsn('expired'), model: 'MAIN_CONTRACTOR', lead: G, others: [{ org: S, role: 'SUBCONTRACTOR' }], activity: intake },
      { bsn: bsn('closedCase'), model: 'MAIN_CONTRACTOR', lead: S, activity: intake },
      // A lead role in a case opened for another purpose: it must not count for the intake.
      { bsn: bsn('none'), model: 'MAIN_CONTRACTOR', lead: S, activity: 'ketencoordinatie' },
      { bsn: bsn('contributor'), model: 'DIRECTOR', lead: oinOf('regie'), activity: 'ketencoordinatie' },
    ]);
    await regie
      .updateTable('role_assignment')
      .set({ valid_until: '2026-01-01T00:00:00.000Z' })
      .where('case_id', '=', expiredCase ?? '')
      .where('org', '=', S)
      .execute();
    // Closed, with its roles left as they were: the status alone must end what they confer.
    await regie
      .updateTable('chain_case')
      .set({ status: 'CLOSED', closed_at: new Date().toISOString(), closed_by_org: S })
      .where('id', '=', closedCase ?? '')
      .execute();
    // The former holder hands the case over through the gateway, as a partner would.
    const schuldhulp = await actAs(stack, 'schuldhulp');
    const uwv = await actAs(stack, 'uwv');
    const relayId = (await regie.selectFrom('chain_case').select('id').where('bsn', '=', bsn('formerHolder')).executeTakeFirstOrThrow()).id;
    expectData(await schuldhulp.run(ProposeHandoverDocument, { caseId: relayId, toOrg: uwv.org, reason: 'over', expectedVersion: 1 }));
    expectData(await uwv.run(AcceptHandoverDocument, { caseId: relayId, expectedVersion: 2 }));
  });
  afterAll(() => stack?.stop());

  it.each(POSITIONS)('schuldhulp as %s, asking for the intake view (schuldhulp-intake)', async (position) => {
    const token = await stack.token({ org: oinOf('schuldhulp'), sub: 'counsellor' });
    const response = await execute(
      stack.gatewayUrl,
      IntakeViewDocument,
      { bsn: clientOf.get(position) ?? '' },
      { token, activity: 'schuldhulp-intake' },
    );
    expect(errorCodes(response).filter((c) => c !== 'NOT_DISCLOSED')).toEqual([]);
    const refused = new Set(notDisclosedPaths(response));
    const disclosed = new Set(DISCLOSED[position]);
    for (const field of INTAKE_FIELDS) {
      const parent = field.includes('.') ? (field.split('.')[0] ?? '') : null;
      if (parent && (refused.has(parent) || !disclosed.has(parent))) continue; // not reached: its section was refused
      expect({ field, refused: refused.has(field) }).toEqual({ field, refused: !disclosed.has(field) });
    }
    // A refused section carries no data at all.
    for (const section of SECTIONS) if (refused.has(section)) expect(response.data?.client[section as 'uwv']).toBeNull();
  });

  it('gives the lead (and only the lead or director) the special-category data of an assessment', async () => {
    const demo = demoBsns(1)[0] ?? '';
    // Demo case: gemeente leads (MAIN_CONTRACTOR), uwv and schuldhulp are subcontractors.
    const lead = await execute(
      stack.gatewayUrl,
      AssistanceAssessmentDocument,
      { bsn: demo },
      { token: await stack.token(), activity: 'bijstand-beoordeling' },
    );
    expect(lead.errors).toBeUndefined();
    expect(lead.data?.client.uwv?.benefits?.some((b) => b.disabilityClass)).toBe(true);
    const sub = await execute(
      stack.gatewayUrl,
      AssistanceAssessmentDocument,
      { bsn: demo },
      { token: await stack.token({ org: oinOf('schuldhulp') }), activity: 'bijstand-beoordeling' },
    );
    const refused = notDisclosedPaths(sub);
    expect(refused).toEqual(expect.arrayContaining(['gemeente.wmoSupport', 'uwv.incomeRelations', 'svb.childBenefit']));
    expect(refused.some((p) => /^uwv\.benefits\.\d+\.disabilityClass$/.test(p))).toBe(true);
    expect(sub.data?.client.uwv?.benefits?.every((b) => b.disabilityClass === null && b.type)).toBe(true);
  });

  it('counts a role only in a case opened for the declared activity', async () => {
    const token = await stack.token({ org: oinOf('schuldhulp') });
    // schuldhulp leads a coordination case of this client: under ketencoordinatie its roles count ...
    const coordination = await execute(
      stack.gatewayUrl,
      CoordinationViewDocument,
      { bsn: clientOf.get('none') ?? '' },
      { token, activity: 'ketencoordinatie' },
    );
    expect(notDisclosedPaths(coordination)).toEqual([]);
    // ... under schuldhulp-intake they do not (the first matrix row).
    const intake = await execute(
      stack.gatewayUrl,
      IntakeViewDocument,
      { bsn: clientOf.get('none') ?? '' },
      { token, activity: 'schuldhulp-intake' },
    );
    expect(notDisclosedPaths(intake).sort()).toEqual([...SECTIONS].sort());
  });

  it('lets an owner see its own data without a role, and nothing of the other partners', async () => {
    const token = await stack.token({ org: oinOf('uwv') });
    const response = await execute(
      stack.gatewayUrl,
      IntakeViewDocument,
      { bsn: clientOf.get('none') ?? '' },
      { token, activity: 'schuldhulp-intake' },
    );
    const refused = notDisclosedPaths(response);
    expect(refused.sort()).toEqual(['gemeente', 'svb', 'toeslagen', 'woningcorporatie']);
    expect(response.data?.client.uwv?.benefits).toBeDefined();
  });

  it('shows intermediary staff no partner content unless the intermediary holds a role', async () => {
    const staff = await stack.token({ org: oinOf('regie'), staff: true });
    const without = await execute(
      stack.gatewayUrl,
      CoordinationViewDocument,
      { bsn: clientOf.get('none') ?? '' },
      { token: staff, activity: 'ketencoordinatie' },
    );
    expect(notDisclosedPaths(without).sort()).toEqual(['gemeente', 'woningcorporatie']);
    // Case metadata, yes: staff see the coordination case schuldhulp leads.
    expect(without.data?.client.cases).toHaveLength(1);
    // The intermediary directs the contributor's case, so there it sees what a director may.
    const directing = await execute(
      stack.gatewayUrl,
      CoordinationViewDocument,
      { bsn: clientOf.get('contributor') ?? '' },
      { token: staff, activity: 'ketencoordinatie' },
    );
    expect(directing.errors).toBeUndefined();
    expect(directing.data?.client.cases?.length).toBe(2);
  });

  it.each([
    ['schuldhulp-intake', '{ client(bsn: "$BSN") { gemeente { wmoSupport { type } } } }', ['WmoSupport.type', 'GemeenteRecord.wmoSupport']],
    [
      'vroegsignalering',
      '{ client(bsn: "$BSN") { uwv { incomeRelations { employer } } } }',
      ['UwvRecord.incomeRelations', 'IncomeRelation.employer'],
    ],
    [
      'ketencoordinatie',
      '{ client(bsn: "$BSN") { gemeente { debtHelp { totalDebt } } } }',
      ['GemeenteRecord.debtHelp', 'DebtHelpTrajectory.totalDebt'],
    ],
    ['schuldhulp-intake', '{ client(bsn: "$BSN") { uwv { benefits { disabilityClass } } } }', ['Benefit.disabilityClass']],
  ])('refuses under %s, before any partner is asked: %s', async (activity, query, coordinates) => {
    const token = await stack.token({ org: oinOf('schuldhulp') });
    const queries = () => Object.values(stack.subgraphs).reduce((n, s) => n + s.store.queryCount(), 0);
    const before = queries();
    const response = await postGraphQL(stack.gatewayUrl, { query: query.replace('$BSN', clientOf.get('lead') ?? '') }, { token, activity });
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['PURPOSE_NOT_ALLOWED']);
    for (const coordinate of coordinates) expect(response.errors?.[0]?.message).toContain(coordinate);
    expect(response.errors?.[0]?.extensions?.paths).toBeDefined();
    expect(response.data ?? null).toBeNull();
    expect(queries()).toBe(before);
  });

  it('takes effect on the very next request when a role ends', async () => {
    const bsn = clientOf.get('lead') ?? '';
    const token = await stack.token({ org: oinOf('schuldhulp') });
    const first = await execute(stack.gatewayUrl, IntakeViewDocument, { bsn }, { token, activity: 'schuldhulp-intake' });
    expect(notDisclosedPaths(first)).toEqual([]);
    const regie = stack.subgraphs.regie.store.db as unknown as Kysely<RegieDatabase>;
    await regie
      .updateTable('role_assignment')
      .set({ ended_at: new Date().toISOString() })
      .where('org', '=', oinOf('schuldhulp'))
      .where('case_id', 'in', regie.selectFrom('chain_case').select('id').where('bsn', '=', bsn))
      .execute();
    const next = await execute(stack.gatewayUrl, IntakeViewDocument, { bsn }, { token, activity: 'schuldhulp-intake' });
    expect(notDisclosedPaths(next).sort()).toEqual([...SECTIONS].sort());
  });
});
