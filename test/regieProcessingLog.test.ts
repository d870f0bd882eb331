/**
 * A citizen's case is personal data too (issue 17, item 1): regie logs, per data subject (the case's client), every
 * mutation with its outcome, every read of case data, and the role lookups partners make for their own checks, in
 * the same chain and format as the partners' records, so the citizen's inquiry shows who opened, viewed and took
 * over their case, and for what.
 */
import {
  AcceptHandoverDocument,
  CaseDetailsDocument,
  DisclosureInquiryDocument,
  DossierDocument,
  MyCasesDocument,
  PendingHandoversDocument,
  ProposeHandoverDocument,
  RolesOfDocument,
} from '../client/__generated__/graphql';
import { loadRegister } from '../common';
import { demoBsns } from '../partner-kit';
import { actAs, caseState, expectData, grantCases, knowClients, oinOf, openCase, type ChainActor } from './support/chain';
import { errorCodes, execute } from './support/graphql';
import { allowLogWrites, newTraceparent, processingRecordsOfTrace, refuseLogWrites, subjectHash } from './support/logs';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

const register = loadRegister();
const coordination = register.byId.get('ketencoordinatie');
const COORDINATION_PURPOSE = `${coordination?.name ?? ''}: ${coordination?.purpose ?? ''}`;

describe.each(STORE_KINDS)("regie logs the processing of a citizen's case (%s)", (store) => {
  let stack: TestStack;
  let staff: ChainActor;
  const [caseBsn = '', dossierBsn = '', unloggedBsn = ''] = demoBsns(3);

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 40 });
    staff = await actAs(stack, 'regie', { staff: true });
    // The municipality's intake: its own records know the client, so it may open a case.
    await knowClients(stack, 'gemeente', [caseBsn]);
  });
  afterAll(() => stack?.stop());

  it("shows the citizen the opening, the staff view and the handover of their relay case, with the activity's purpose", async () => {
    const gemeente = await actAs(stack, 'gemeente');
    const uwv = await actAs(stack, 'uwv');
    const svb = await actAs(stack, 'svb');
    const opened = await openCase(gemeente, caseBsn, 'RELAY');
    await caseState(staff, opened.id);
    const proposed = expectData(
      await gemeente.run(ProposeHandoverDocument, {
        caseId: opened.id,
        toOrg: uwv.org,
        reason: 'werkhervatting',
        expectedVersion: opened.version,
      }),
    ).proposeHandover;
    // An organisation the case is not offered to cannot take it: refused, and on record for the client too.
    const taken = await svb.run(AcceptHandoverDocument, { caseId: opened.id, expectedVersion: proposed.version });
    expect(errorCodes(taken)).toEqual(['FORBIDDEN']);
    expect(expectData(await uwv.run(PendingHandoversDocument, { first: 100 })).pendingHandovers.map((c) => c.id)).toContain(opened.id);
    expectData(await uwv.run(AcceptHandoverDocument, { caseId: opened.id, expectedVersion: proposed.version }));
    expect(expectData(await uwv.run(MyCasesDocument, { first: 5 })).myCases.nodes.map((c) => c.id)).toContain(opened.id);
    expectData(await uwv.run(RolesOfDocument, { org: uwv.org, bsns: [caseBsn] }));

    const citizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-2', activities: ['inzage-betrokkene'], citizen: caseBsn });
    const inquiry = expectData(
      await execute(stack.gatewayUrl, DisclosureInquiryDocument, { bsn: caseBsn }, { token: citizen, activity: 'inzage-betrokkene' }),
    ).disclosureInquiry;
    const atRegie = inquiry.regie.disclosures;
    const ofActivity = { activity: 'ketencoordinatie', purpose: COORDINATION_PURPOSE, legalBasis: coordination?.legalBasis };
    expect(atRegie).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ...ofActivity,
          recipient: gemeente.org,
          status: 'DONE',
          fields: expect.arrayContaining(['Mutation.openCase']),
        }),
        expect.objectContaining({
          ...ofActivity,
          recipient: oinOf('regie'),
          status: 'DISCLOSED',
          fields: expect.arrayContaining(['Query.case', 'Case.history']),
        }),
        expect.objectContaining({
          ...ofActivity,
          recipient: gemeente.org,
          status: 'DONE',
          fields: expect.arrayContaining(['Mutation.proposeHandover']),
        }),
        expect.objectContaining({
          ...ofActivity,
          recipient: svb.org,
          status: 'REFUSED_FORBIDDEN',
          fields: [],
          refusedFields: ['Mutation.acceptHandover'],
        }),
        expect.objectContaining({ ...ofActivity, recipient: uwv.org, status: 'DISCLOSED', fields: ['Query.pendingHandovers'] }),
        expect.objectContaining({
          ...ofActivity,
          recipient: uwv.org,
          status: 'DONE',
          fields: expect.arrayContaining(['Mutation.acceptHandover']),
        }),
        expect.objectContaining({ ...ofActivity, recipient: uwv.org, status: 'DISCLOSED', fields: ['Query.myCases'] }),
        expect.objectContaining({ ...ofActivity, recipient: uwv.org, status: 'ROLES_LOOKED_UP', fields: ['Query.rolesOf'] }),
      ]),
    );
    // One record per request: the opening, the view, the proposal, the offer seen, the refused and the accepted
    // takeover, the case listed and the roles looked up; newest first.
    expect(atRegie).toHaveLength(8);
    expect(atRegie[0]?.status).toBe('ROLES_LOOKED_UP');
    expect(atRegie[7]?.fields).toContain('Mutation.openCase');
  });

  it("records a partner's role lookup for its own check as such, under the dossier request's trace, and nothing else at regie", async () => {
    await grantCases(stack, 'gemeente', [dossierBsn]);
    const trace = newTraceparent();
    const token = await stack.token({ org: oinOf('gemeente'), sub: 'worker-8' });
    const response = await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn: dossierBsn },
      { token, headers: { traceparent: trace.traceparent } },
    );
    expect(response.errors).toBeUndefined();

    const bySubgraph = await processingRecordsOfTrace(stack, trace.traceId);
    // Every partner that checked gemeente's roles asked regie once; the partners log their own disclosures.
    expect(bySubgraph.regie.length).toBeGreaterThan(0);
    for (const record of bySubgraph.regie) {
      expect(record.subject).toBe(subjectHash(stack, dossierBsn));
      expect(record.activityId).toBe('schuldhulp-intake');
      expect(record.skeletonFields).toMatchObject({
        traceId: trace.traceId,
        status: 'ROLES_LOOKED_UP',
        callerOrg: oinOf('gemeente'),
        operationName: 'roles',
      });
      expect(record.personalFields).toEqual({ disclosed: ['Query.rolesOf'], refused: [] });
    }
    expect(bySubgraph.uwv.map((r) => r.skeletonFields.status)).toEqual(['DISCLOSED']);
  });

  it('answers no role lookup and shows no case it cannot log', async () => {
    const [caseId = ''] = await grantCases(stack, 'gemeente', [unloggedBsn]);
    const regie = stack.subgraphs.regie.store;
    await refuseLogWrites(regie.db, regie.dialect, 'processing_log');
    try {
      const trace = newTraceparent();
      const token = await stack.token({ org: oinOf('gemeente'), sub: 'worker-8' });
      const response = await execute(
        stack.gatewayUrl,
        DossierDocument,
        { bsn: unloggedBsn },
        { token, headers: { traceparent: trace.traceparent } },
      );
      // The partners could not learn gemeente's roles, so they disclosed nothing that needs one.
      const unavailable = (response.errors ?? [])
        .filter((e) => e.extensions?.reason === 'ROLES_UNAVAILABLE')
        .map((e) => e.extensions?.serviceName);
      expect(unavailable.sort()).toEqual(['svb', 'toeslagen', 'uwv', 'woningcorporatie']);
      expect((await processingRecordsOfTrace(stack, trace.traceId)).regie).toEqual([]);

      const view = await staff.run(CaseDetailsDocument, { id: caseId });
      expect(errorCodes(view)).toEqual(['LOG_UNAVAILABLE']);
      expect(view.data?.case ?? null).toBeNull();
    } finally {
      await allowLogWrites(regie.db, regie.dialect, 'processing_log');
    }
  });
});
