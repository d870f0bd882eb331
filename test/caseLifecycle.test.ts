/**
 * A case's life through the gateway: the relay (propose, accept, reject, expiry), what a former holder keeps
 * (nothing), clear errors for every wrong input, who may see a case, paging, the sharing checks' role lookup,
 * and durability across a restart.
 */
import { demoBsns } from '../partner-kit';
import {
  AcceptHandoverDocument,
  AssignRoleDocument,
  CaseDetailsDocument,
  ClientCasesDocument,
  CloseCaseDocument,
  MyCasesDocument,
  OpenCaseDocument,
  ProposeHandoverDocument,
  RejectHandoverDocument,
  RolesOfDocument,
  type MyCasesQuery,
} from '../client/__generated__/graphql';
import { actAs, caseState, expectData, knowClients, oinOf, openCase, type ChainActor } from './support/chain';
import { errorCodes, postGraphQL } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

const reason = 'lifecycle test';

const HANDOVER_EXPIRY_SECONDS = 60;
/** How far the test has moved regie's clock past the wall clock. */
const clock = { offsetMs: 0 };
const regieNow = () => new Date(Date.now() + clock.offsetMs);

describe.each(STORE_KINDS)('a case through its life (%s)', (store) => {
  let stack: TestStack;
  let staff: ChainActor;
  let gemeente: ChainActor;
  let uwv: ChainActor;
  let svb: ChainActor;
  const bsns = demoBsns(12);
  const bsn = bsns[5] ?? '';

  beforeAll(async () => {
    // Regie's clock is the test's: expiries are reached by moving it on, not by sleeping, so a slow machine
    // cannot make a step miss (or hit) an expiry.
    // Partners ask regie on every request (no role-change stream): regie then reads no feed in the background, so
    // the statements a rolesOf costs can be counted.
    stack = await startStack({
      store,
      seedClients: 12,
      rolesStream: false,
      regie: { handoverExpirySeconds: HANDOVER_EXPIRY_SECONDS, now: regieNow },
    });
    // Every partner with a subgraph knows these clients itself, so it may open their cases.
    for (const handle of ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const) await knowClients(stack, handle, bsns);
    staff = await actAs(stack, 'regie', { staff: true });
    gemeente = await actAs(stack, 'gemeente');
    uwv = await actAs(stack, 'uwv');
    svb = await actAs(stack, 'svb');
  });
  afterAll(() => stack?.stop());

  it('runs a whole relay: open, propose, reject, propose, accept, close — and the old holder holds nothing', async () => {
    const opened = await openCase(gemeente, bsn, 'RELAY');
    expect(opened.lead?.organisation.oin).toBe(gemeente.org);
    let c = expectData(
      await gemeente.run(ProposeHandoverDocument, { caseId: opened.id, toOrg: uwv.org, reason: 'werk', expectedVersion: 1 }),
    ).proposeHandover;
    expect(c.pendingHandover?.to.oin).toBe(uwv.org);
    c = expectData(
      await uwv.run(RejectHandoverDocument, { caseId: c.id, reason: 'geen capaciteit', expectedVersion: c.version }),
    ).rejectHandover;
    expect(c.pendingHandover).toBeNull();
    expect(c.lead?.organisation.oin).toBe(gemeente.org);
    c = expectData(
      await gemeente.run(ProposeHandoverDocument, { caseId: c.id, toOrg: uwv.org, reason: 'opnieuw', expectedVersion: c.version }),
    ).proposeHandover;
    c = expectData(await uwv.run(AcceptHandoverDocument, { caseId: c.id, expectedVersion: c.version })).acceptHandover;
    expect(c.lead?.organisation.oin).toBe(uwv.org);
    expect(c.roles.map((r) => r.organisation.oin)).toEqual([uwv.org]);

    const formerRoles = expectData(await gemeente.run(RolesOfDocument, { org: gemeente.org, bsns: [bsn] })).rolesOf[0]?.roles ?? [];
    expect(formerRoles.filter((r) => r.caseId === c.id)).toEqual([]);
    const mine = expectData(await gemeente.run(MyCasesDocument, { status: 'OPEN', first: 100 })).myCases.nodes.map((n) => n.id);
    expect(mine).not.toContain(c.id);
    const refused = await gemeente.run(ProposeHandoverDocument, { caseId: c.id, toOrg: svb.org, reason, expectedVersion: c.version });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    c = expectData(await uwv.run(CloseCaseDocument, { caseId: c.id, reason: 'afgerond', expectedVersion: c.version })).closeCase;
    expect(c.status).toBe('CLOSED');
    const details = await caseState(staff, c.id);
    expect(details.history.map((e) => e.kind)).toEqual([
      'CASE_OPENED',
      'HANDOVER_PROPOSED',
      'HANDOVER_REJECTED',
      'HANDOVER_PROPOSED',
      'HANDOVER_ACCEPTED',
      'CASE_CLOSED',
    ]);
    expect(details.history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(details.history[2]?.reason).toBe('geen capaciteit');
    expect(details.history[2]?.actorUser).toBe('uwv-user');
    expect(details.closedBy?.oin).toBe(uwv.org);
  });

  it('lets a handover proposal expire: it can no longer be accepted, and the holder may propose again', async () => {
    const opened = await openCase(gemeente, bsn, 'RELAY');
    const proposed = expectData(
      await gemeente.run(ProposeHandoverDocument, { caseId: opened.id, toOrg: uwv.org, reason, expectedVersion: 1 }),
    ).proposeHandover;
    clock.offsetMs += (HANDOVER_EXPIRY_SECONDS + 1) * 1000;
    expect((await caseState(staff, opened.id)).pendingHandover).toBeNull();
    const late = await uwv.run(AcceptHandoverDocument, { caseId: opened.id, expectedVersion: proposed.version });
    expect(errorCodes(late)).toEqual(['INVALID_TRANSITION']);
    expect(late.errors?.[0]?.message).toMatch(/expired/);
    const again = await gemeente.run(ProposeHandoverDocument, {
      caseId: opened.id,
      toOrg: svb.org,
      reason,
      expectedVersion: proposed.version,
    });
    expect(again.errors).toBeUndefined();
  });

  it('gives expired roles no power: a subcontractor past validUntil is gone from roles and rolesOf', async () => {
    const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
    const validUntil = new Date(regieNow().getTime() + 60_000).toISOString();
    const assigned = expectData(
      await gemeente.run(AssignRoleDocument, {
        caseId: opened.id,
        org: svb.org,
        role: 'SUBCONTRACTOR',
        validUntil,
        reason,
        expectedVersion: 1,
      }),
    ).assignRole;
    expect(assigned.roles.map((r) => r.organisation.oin)).toContain(svb.org);
    const during = expectData(await svb.run(RolesOfDocument, { org: svb.org, bsns: [bsn] })).rolesOf[0]?.roles.map((r) => r.caseId);
    expect(during).toContain(opened.id);
    clock.offsetMs += 61_000;
    const after = expectData(await svb.run(RolesOfDocument, { org: svb.org, bsns: [bsn] })).rolesOf[0]?.roles.map((r) => r.caseId);
    expect(after).not.toContain(opened.id);
    expect((await caseState(staff, opened.id)).roles.map((r) => r.organisation.oin)).toEqual([gemeente.org]);
    // The role can be given again once it has expired.
    const renewed = await gemeente.run(AssignRoleDocument, {
      caseId: opened.id,
      org: svb.org,
      role: 'SUBCONTRACTOR',
      reason,
      expectedVersion: 2,
    });
    expect(renewed.errors).toBeUndefined();
  });

  it.each([
    ['an unknown organisation', { org: '00000001999999999999' }, 'NOT_FOUND'],
    ['an unknown case', { caseId: '00000000-0000-0000-0000-000000000000' }, 'NOT_FOUND'],
    ['a stale version', { expectedVersion: 0 }, 'CONFLICT'],
    ['an empty reason', { reason: '   ' }, 'BAD_USER_INPUT'],
    ['a role of another model', { role: 'RELAY_HOLDER' as const }, 'BAD_USER_INPUT'],
    ['an organisation that already has a role', { org: oinOf('gemeente') }, 'INVALID_TRANSITION'],
    ['a validUntil in the past', { validUntil: '2020-01-01T00:00:00Z' }, 'BAD_USER_INPUT'],
  ])('refuses %s with a clear error', async (_label, override, code) => {
    const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
    const response = await gemeente.run(AssignRoleDocument, {
      caseId: opened.id,
      org: svb.org,
      role: 'SUBCONTRACTOR',
      reason,
      expectedVersion: opened.version,
      ...override,
    });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toMatch(/[a-z]{4,}.*[.;:]/);
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|sqlite|postgres|kysely/i);
  });

  it('gives CONFLICT with the current version when expectedVersion is stale', async () => {
    const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
    await gemeente.run(AssignRoleDocument, { caseId: opened.id, org: svb.org, role: 'SUBCONTRACTOR', reason, expectedVersion: 1 });
    const stale = await gemeente.run(AssignRoleDocument, {
      caseId: opened.id,
      org: uwv.org,
      role: 'SUBCONTRACTOR',
      reason,
      expectedVersion: 1,
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
  });

  it('refuses a handover to oneself, changes to a closed case, and an absent reason', async () => {
    const relay = await openCase(gemeente, bsn, 'RELAY');
    const self = await gemeente.run(ProposeHandoverDocument, { caseId: relay.id, toOrg: gemeente.org, reason, expectedVersion: 1 });
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    const closed = expectData(await gemeente.run(CloseCaseDocument, { caseId: relay.id, reason, expectedVersion: 1 })).closeCase;
    const afterClose = await gemeente.run(ProposeHandoverDocument, {
      caseId: relay.id,
      toOrg: uwv.org,
      reason,
      expectedVersion: closed.version,
    });
    expect(errorCodes(afterClose)).toEqual(['INVALID_TRANSITION']);
    expect(afterClose.errors?.[0]?.message).toMatch(/closed/);
    const token = await stack.token({ org: gemeente.org });
    const noReason = await postGraphQL(
      stack.gatewayUrl,
      { query: `mutation { openCase(bsn: "${bsn}", model: RELAY, activity: "ketencoordinatie") { id } }` },
      { token, activity: 'ketencoordinatie' },
    );
    expect(errorCodes(noReason)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);
    const unknownActivity = await gemeente.run(OpenCaseDocument, { bsn, model: 'RELAY', activity: 'snuffelen', reason });
    expect(errorCodes(unknownActivity)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets a pending handover lapse when staff replace the holder', async () => {
    const opened = await openCase(gemeente, bsn, 'RELAY');
    const proposed = expectData(
      await gemeente.run(ProposeHandoverDocument, { caseId: opened.id, toOrg: uwv.org, reason, expectedVersion: 1 }),
    ).proposeHandover;
    const replaced = expectData(
      await staff.run(AssignRoleDocument, {
        caseId: opened.id,
        org: svb.org,
        role: 'RELAY_HOLDER',
        reason: 'correction',
        expectedVersion: proposed.version,
      }),
    ).assignRole;
    expect(replaced.lead?.organisation.oin).toBe(svb.org);
    expect(replaced.pendingHandover).toBeNull();
    const late = await uwv.run(AcceptHandoverDocument, { caseId: opened.id, expectedVersion: replaced.version });
    expect(errorCodes(late)).toEqual(['INVALID_TRANSITION']);
    expect((await caseState(staff, opened.id)).lead?.organisation.oin).toBe(svb.org);
  });

  it('refuses a director named by a partner, and a case opened under another purpose than the declared one', async () => {
    const named = await gemeente.run(OpenCaseDocument, { bsn, model: 'DIRECTOR', activity: 'ketencoordinatie', reason, director: uwv.org });
    expect(errorCodes(named)).toEqual(['FORBIDDEN']);
    const otherPurpose = await gemeente.run(OpenCaseDocument, { bsn, model: 'RELAY', activity: 'schuldhulp-intake', reason });
    expect(errorCodes(otherPurpose)).toEqual(['FORBIDDEN']);
    expect(otherPurpose.errors?.[0]?.message).toMatch(/declares/);
  });

  it('tells an outsider nothing about a case: not whether it exists, is closed, or at which version', async () => {
    const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
    for (const expectedVersion of [1, 7]) {
      const response = await svb.run(CloseCaseDocument, { caseId: opened.id, reason, expectedVersion });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.errors?.[0]?.extensions?.currentVersion).toBeUndefined();
    }
  });

  it('shows a case only to staff and to organisations involved in it', async () => {
    const opened = await openCase(gemeente, bsns[7] ?? '', 'MAIN_CONTRACTOR');
    const outsider = await svb.run(CaseDetailsDocument, { id: opened.id });
    expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
    expect((await staff.run(CaseDetailsDocument, { id: opened.id })).data?.case?.id).toBe(opened.id);
    expect(expectData(await svb.run(ClientCasesDocument, { bsn: bsns[7] ?? '' })).client.cases).toEqual([]);
    expect(expectData(await gemeente.run(ClientCasesDocument, { bsn: bsns[7] ?? '' })).client.cases?.map((c) => c.id)).toContain(opened.id);
    expect((await gemeente.run(CaseDetailsDocument, { id: '00000000-0000-0000-0000-000000000000' })).data?.case).toBeNull();
  });

  it('pages through my cases with a cursor, without gaps or repeats', async () => {
    const woningcorporatie = await actAs(stack, 'woningcorporatie');
    // The demo data already gives woningcorporatie a case; the pages must hold it and the new ones, each once.
    const before = expectData(await woningcorporatie.run(MyCasesDocument, { first: 100 })).myCases.nodes.map((n) => n.id);
    const opened: string[] = [];
    for (const client of bsns.slice(0, 7)) opened.push((await openCase(woningcorporatie, client, 'MAIN_CONTRACTOR')).id);
    const seen: string[] = [];
    let after: string | null | undefined = undefined;
    for (let page = 0; page < 10; page++) {
      const result: MyCasesQuery['myCases'] = expectData(await woningcorporatie.run(MyCasesDocument, { first: 3, after })).myCases;
      seen.push(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...before, ...opened].sort());
    // Newest first: the last case opened comes first (opening instants differ by at least a round trip).
    expect(seen[0]).toBe(opened[opened.length - 1]);
    const bad = await woningcorporatie.run(MyCasesDocument, { first: 3, after: 'not-a-cursor' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers rolesOf for many clients in one store query (and one processing-log write), and only for the asking organisation', async () => {
    const toeslagen = await actAs(stack, 'toeslagen');
    // bsns[0..2] have demo cases; toeslagen contributes to the one of bsns[2].
    await openCase(toeslagen, bsns[3] ?? '', 'MAIN_CONTRACTOR');
    await openCase(toeslagen, bsns[4] ?? '', 'RELAY');
    const before = stack.subgraphs.regie.store.queryCount();
    const roles = expectData(await toeslagen.run(RolesOfDocument, { org: toeslagen.org, bsns })).rolesOf;
    // The lookup, then its records in regie's processing log, in one group commit: on PostgreSQL one statement that
    // moves the head and inserts them; on SQLite begin, move the head, insert, commit.
    expect(stack.subgraphs.regie.store.queryCount() - before).toBe(1 + (store === 'postgres' ? 1 : 4));
    expect(roles.map((r) => r.bsn)).toEqual(bsns);
    expect(roles[2]?.roles.map((r) => r.role)).toEqual(['CONTRIBUTOR']);
    expect(roles[3]?.roles.map((r) => r.role)).toEqual(['MAIN_CONTRACTOR']);
    expect(roles[4]?.roles.map((r) => r.role)).toEqual(['RELAY_HOLDER']);
    expect(roles[8]?.roles).toEqual([]);
    const other = await svb.run(RolesOfDocument, { org: toeslagen.org, bsns });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });
});

describe.each(STORE_KINDS)('durability (%s)', (store) => {
  it('keeps cases, roles and history across a restart of the subgraphs', async () => {
    const first = await startStack({ store, seedClients: 5 });
    const gemeente = await actAs(first, 'gemeente');
    const staffBefore = await actAs(first, 'regie', { staff: true });
    const opened = await openCase(gemeente, demoBsns(1)[0] ?? '', 'MAIN_CONTRACTOR');
    await gemeente.run(AssignRoleDocument, { caseId: opened.id, org: oinOf('uwv'), role: 'SUBCONTRACTOR', reason, expectedVersion: 1 });
    const before = await caseState(staffBefore, opened.id);
    await first.stop({ keepData: true });

    const second = await startStack({ reuse: first.storage, seedClients: 5 });
    try {
      const after = await caseState(await actAs(second, 'regie', { staff: true }), opened.id);
      expect(after).toEqual(before);
      expect(after.history).toHaveLength(2);
    } finally {
      await second.stop();
    }
  });
});
