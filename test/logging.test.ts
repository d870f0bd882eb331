/**
 * Logboek Dataverwerkingen: every disclosure is logged at its source before it leaves, refusals too, under one trace
 * id across the partners and the gateway's audit log; a log that cannot be written stops the data; tampering is
 * found; a citizen (or the intermediary's privacy officer) sees exactly what was disclosed about them; retention
 * erases what has expired while the chain still verifies, and an erasure that no purge accounts for is found.
 */
import { sql } from 'kysely';
import {
  AssistanceAssessmentDocument,
  ClientsOverviewDocument,
  DisclosureInquiryDocument,
  DossierDocument,
  MyCasesDocument,
  OpenCaseDocument,
} from '../client/__generated__/graphql';
import { loadRegister } from '../common';
import { SUBGRAPH_NAMES } from '../subgraphs/partners';
import { purgeExpired } from '../scripts/lib/logPurge';
import { verifyChain } from '../scripts/lib/verifyChain';
import { demoBsns } from '../partner-kit';
import { grantCases, oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import {
  allowLogWrites,
  allRecords,
  auditRecordsOfTrace,
  newTraceparent,
  openAuditStore,
  processingRecordsOfTrace,
  refuseLogWrites,
  runLogCommand,
  subjectHash,
  type LogRecord,
} from './support/logs';
import { gatewayPrincipal, startStack, STORE_KINDS, type TestStack } from './support/stack';

const register = loadRegister();
const PARTNERS = ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const;
const DAY = 86_400_000;

describe.each(STORE_KINDS)('processing and audit logs (%s)', (store) => {
  let stack: TestStack;
  const [demoBsn = '', otherBsn = '', ...more] = demoBsns(6);
  /** Trace ids of the dossier requests made about the demo client, by this suite. */
  const demoTraces: string[] = [];
  const otherTraces: string[] = [];
  /** Requests about the demo client that gemeente did not answer (its log refused the write). */
  const unansweredByGemeente: string[] = [];
  /** Requests about the demo client that reached no partner (the audit log refused the write). */
  const unasked: string[] = [];

  async function dossier(bsn: string, options: { org?: string; activity?: string } = {}) {
    const trace = newTraceparent();
    const token = await stack.token({ org: options.org ?? oinOf('gemeente'), sub: 'worker-7' });
    const response = await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn },
      { token, activity: options.activity, headers: { traceparent: trace.traceparent } },
    );
    return { response, ...trace };
  }

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 100 });
    // gemeente leads a case of the other clients too (the demo client has one from the demo data).
    await grantCases(stack, 'gemeente', [otherBsn, ...more]);
  });
  afterAll(() => stack?.stop());

  it("logs one record per data subject at every partner that disclosed, all under the client's trace id, and the gateway logs who asked", async () => {
    const { response, traceId, spanId } = await dossier(demoBsn);
    expect(response.errors).toBeUndefined();
    demoTraces.push(traceId);

    const bySubgraph = await processingRecordsOfTrace(stack, traceId);
    const subject = subjectHash(stack, demoBsn);
    for (const name of PARTNERS) {
      expect(bySubgraph[name]).toHaveLength(1);
      const [record] = bySubgraph[name];
      expect(record?.subject).toBe(subject);
      expect(record?.activityId).toBe('schuldhulp-intake');
      expect(record?.activityVersion).toBe(register.byId.get('schuldhulp-intake')?.version);
      expect(record?.skeletonFields).toMatchObject({ traceId, status: 'DISCLOSED', callerOrg: oinOf('gemeente') });
      expect(record?.skeletonFields.operationName).toEqual(expect.stringContaining('Dossier'));
      // The subgraph's own span, a child of the gateway's span (which is a child of the client's).
      expect(record?.skeletonFields.spanId).toMatch(/^[0-9a-f]{16}$/);
      expect(record?.skeletonFields.parentSpanId).not.toBe(spanId);
      expect(Date.parse(String(record?.skeletonFields.endedAt))).toBeGreaterThanOrEqual(
        Date.parse(String(record?.skeletonFields.startedAt)),
      );
      expect(record?.personalFields?.refused).toEqual([]);
      // No BSN and no user identity in a processing log.
      expect(JSON.stringify(record)).not.toContain(demoBsn);
      expect(JSON.stringify(record)).not.toContain('worker-7');
    }
    expect(bySubgraph.gemeente[0]?.personalFields?.disclosed).toEqual(
      expect.arrayContaining([
        'Client.gemeente',
        'GemeenteRecord.socialAssistance',
        'SocialAssistance.normAmount',
        'DebtHelpTrajectory.totalDebt',
      ]),
    );
    expect(bySubgraph.uwv[0]?.personalFields?.disclosed).toEqual(expect.arrayContaining(['UwvRecord.benefits', 'Benefit.monthlyAmount']));
    // regie disclosed no case data in this query; it logged only the partners' lookups of gemeente's roles.
    expect(bySubgraph.regie.length).toBeGreaterThan(0);
    for (const record of bySubgraph.regie)
      expect(record).toMatchObject({
        subject,
        skeletonFields: expect.objectContaining({ status: 'ROLES_LOOKED_UP', callerOrg: oinOf('gemeente') }),
      });

    // Who asked, written before any partner was asked; then the outcome.
    const audit = await auditRecordsOfTrace(stack, traceId);
    expect(audit.map((r) => r.skeletonFields.phase)).toEqual(['ASKED', 'ANSWERED']);
    expect(audit[0]?.skeletonFields).toMatchObject({ traceId, parentSpanId: spanId, org: oinOf('gemeente'), operationName: 'Dossier' });
    expect(audit[1]?.skeletonFields).toMatchObject({ traceId, outcome: 'OK', operationName: 'Dossier' });
    expect(audit[0]?.personalFields).toEqual({ userId: 'worker-7' });
    expect(Math.min(...PARTNERS.map((name) => bySubgraph[name][0]?.seq ?? 0))).toBeGreaterThan(0);
    // The partners' records hang under the gateway's span of this request.
    for (const name of PARTNERS) expect(bySubgraph[name][0]?.skeletonFields.parentSpanId).toBe(audit[0]?.skeletonFields.spanId);
  });

  it('starts a trace when the client sends none, and the partners log under it', async () => {
    const before = (await allRecords(stack.gateway.auditLog)).length;
    const response = await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn: demoBsn },
      { token: await stack.token({ org: oinOf('gemeente'), sub: 'worker-7' }) },
    );
    expect(response.errors).toBeUndefined();
    const [asked] = (await allRecords(stack.gateway.auditLog)).slice(before);
    const traceId = String(asked?.skeletonFields.traceId);
    demoTraces.push(traceId);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(asked?.skeletonFields.parentSpanId).toBeNull();
    const bySubgraph = await processingRecordsOfTrace(stack, traceId);
    for (const name of PARTNERS) expect(bySubgraph[name]).toHaveLength(1);
  });

  it('logs one record per client when one request asks about several', async () => {
    const trace = newTraceparent();
    const bsns = [otherBsn, ...more];
    const response = await execute(
      stack.gatewayUrl,
      ClientsOverviewDocument,
      { bsns },
      { token: await stack.token({ org: oinOf('gemeente') }), headers: { traceparent: trace.traceparent } },
    );
    expect(response.errors).toBeUndefined();
    const bySubgraph = await processingRecordsOfTrace(stack, trace.traceId);
    for (const name of PARTNERS) {
      const subjects = bySubgraph[name].map((r) => r.subject);
      expect(new Set(subjects).size).toBe(subjects.length);
      // A partner logs exactly the clients it disclosed something about (a null section is an answer too).
      expect(subjects.sort()).toEqual(bsns.map((bsn) => subjectHash(stack, bsn)).sort());
    }
    otherTraces.push(trace.traceId);
  });

  it("logs refused fields as refused, and a refusal for the purpose only in the gateway's audit log", async () => {
    // svb holds no role in the other client's cases: every partner but svb itself refuses.
    const refused = await dossier(otherBsn, { org: oinOf('svb') });
    otherTraces.push(refused.traceId);
    expect(errorCodes(refused.response)).toContain('NOT_DISCLOSED');
    const bySubgraph = await processingRecordsOfTrace(stack, refused.traceId);
    expect(bySubgraph.gemeente).toHaveLength(1);
    expect(bySubgraph.gemeente[0]?.skeletonFields.status).toBe('REFUSED');
    expect(bySubgraph.gemeente[0]?.personalFields).toEqual({ disclosed: [], refused: ['Client.gemeente'] });
    expect(bySubgraph.svb[0]?.skeletonFields.status).toBe('DISCLOSED');
    expect((await auditRecordsOfTrace(stack, refused.traceId))[1]?.skeletonFields.outcome).toBe('NOT_DISCLOSED');

    // Health data under an activity that does not allow it: refused at the gateway, before any partner is asked.
    const trace = newTraceparent();
    const purpose = await execute(
      stack.gatewayUrl,
      AssistanceAssessmentDocument,
      { bsn: demoBsn },
      { token: await stack.token(), activity: 'vroegsignalering', headers: { traceparent: trace.traceparent } },
    );
    expect(errorCodes(purpose)).toEqual(['PURPOSE_NOT_ALLOWED']);
    const partnerRecords = await processingRecordsOfTrace(stack, trace.traceId);
    for (const name of SUBGRAPH_NAMES) expect(partnerRecords[name]).toEqual([]);
    const audit = await auditRecordsOfTrace(stack, trace.traceId);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.skeletonFields).toMatchObject({
      phase: 'ANSWERED',
      outcome: 'PURPOSE_NOT_ALLOWED',
      operationName: 'AssistanceAssessment',
    });
    expect(audit[0]?.activityId).toBe('vroegsignalering');
  });

  it('returns nothing from a partner whose log cannot be written (LOG_UNAVAILABLE), and nothing leaves unlogged', async () => {
    const gemeente = stack.subgraphs.gemeente;
    const before = (await allRecords(gemeente.processingLog)).length;
    await refuseLogWrites(gemeente.store.db, gemeente.store.dialect, 'processing_log');
    try {
      const { response, traceId } = await dossier(demoBsn);
      demoTraces.push(traceId);
      unansweredByGemeente.push(traceId);
      const failure = response.errors?.find((e) => e.extensions?.code === 'LOG_UNAVAILABLE');
      expect(failure?.extensions?.serviceName).toBe('gemeente');
      expect(response.data?.client.gemeente ?? null).toBeNull();
      // The other partners logged and answered.
      expect(response.data?.client.uwv?.benefits?.length).toBeGreaterThan(0);
      expect((await processingRecordsOfTrace(stack, traceId)).uwv).toHaveLength(1);
      expect(await allRecords(gemeente.processingLog)).toHaveLength(before);
    } finally {
      await allowLogWrites(gemeente.store.db, gemeente.store.dialect, 'processing_log');
    }
    const again = await dossier(demoBsn);
    demoTraces.push(again.traceId);
    expect(again.response.errors).toBeUndefined();
    expect(again.response.data?.client.gemeente?.socialAssistance).toBeTruthy();
  });

  it("withholds the whole answer when the gateway's audit log cannot be written", async () => {
    const audit = await openAuditStore(stack);
    await refuseLogWrites(audit.store.db, audit.store.dialect, 'audit_log');
    try {
      const { response, traceId } = await dossier(demoBsn);
      demoTraces.push(traceId);
      unasked.push(traceId);
      expect(errorCodes(response)).toEqual(['LOG_UNAVAILABLE']);
      expect(response.data ?? null).toBeNull();
      // No partner was asked: who asked could not be recorded first.
      const partnerRecords = await processingRecordsOfTrace(stack, traceId);
      for (const name of SUBGRAPH_NAMES) expect(partnerRecords[name]).toEqual([]);
    } finally {
      await allowLogWrites(audit.store.db, audit.store.dialect, 'audit_log');
      await audit.store.close();
    }
  });

  it("answers a citizen's inquiry with exactly the disclosures made about them, per partner, with purpose and legal basis", async () => {
    const citizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-1', activities: ['inzage-betrokkene'], citizen: demoBsn });
    const response = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: demoBsn },
      { token: citizen, activity: 'inzage-betrokkene' },
    );
    expect(response.errors).toBeUndefined();
    const inquiry = response.data?.disclosureInquiry;
    const intake = register.byId.get('schuldhulp-intake');
    for (const name of PARTNERS) {
      const answer = inquiry?.[name];
      expect(answer?.partner).toBe(name);
      // Every dossier request about the demo client that this partner answered, and nothing else: the failed
      // write at gemeente left no record there, and with the audit log down no partner was asked at all.
      const missing = new Set([...unasked, ...(name === 'gemeente' ? unansweredByGemeente : [])]);
      const expected = demoTraces.filter((traceId) => !missing.has(traceId));
      expect(missing.size).toBe(name === 'gemeente' ? 2 : 1);
      expect(answer?.disclosures.map((d) => d.traceId).sort()).toEqual(expected.sort());
      for (const disclosure of answer?.disclosures ?? []) {
        expect(disclosure).toMatchObject({
          recipient: oinOf('gemeente'),
          activity: 'schuldhulp-intake',
          activityVersion: intake?.version,
          legalBasis: intake?.legalBasis,
          status: 'DISCLOSED',
        });
        expect(disclosure.purpose).toContain(intake?.name);
        expect(otherTraces).not.toContain(disclosure.traceId);
      }
    }
    // At regie: the role lookups the partners made for these requests, nothing else.
    expect(new Set(inquiry?.regie.disclosures.map((d) => d.status))).toEqual(new Set(['ROLES_LOOKED_UP']));
    for (const disclosure of inquiry?.regie.disclosures ?? []) expect(demoTraces).toContain(disclosure.traceId);
  });

  it("refuses an inquiry about another citizen, and anyone but the citizen or the intermediary's staff", async () => {
    const asCitizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-1', activities: ['inzage-betrokkene'], citizen: demoBsn });
    const other = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: otherBsn },
      { token: asCitizen, activity: 'inzage-betrokkene' },
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.data ?? null).toBeNull();

    const partner = await stack.token({ org: oinOf('gemeente') });
    expect(
      errorCodes(
        await execute(stack.gatewayUrl, DisclosureInquiryDocument, { bsn: demoBsn }, { token: partner, activity: 'inzage-betrokkene' }),
      ),
    ).toEqual(['FORBIDDEN']);

    const staff = await stack.token({ org: oinOf('regie'), sub: 'privacy-officer', staff: true });
    const officer = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: otherBsn },
      { token: staff, activity: 'inzage-betrokkene' },
    );
    expect(officer.errors).toBeUndefined();
    expect(officer.data?.disclosureInquiry.gemeente.disclosures.map((d) => d.traceId).sort()).toEqual([...otherTraces].sort());
    // A citizen's token serves the inquiry only: it cannot act for the portal's organisation.
    expect(errorCodes(await execute(stack.gatewayUrl, MyCasesDocument, {}, { token: asCitizen, activity: 'inzage-betrokkene' }))).toEqual([
      'FORBIDDEN',
    ]);
    const open = await execute(
      stack.gatewayUrl,
      OpenCaseDocument,
      { bsn: demoBsn, model: 'DIRECTOR', activity: 'inzage-betrokkene', reason: 'x' },
      { token: asCitizen, activity: 'inzage-betrokkene' },
    );
    expect(errorCodes(open)).toEqual(['FORBIDDEN']);
    // regie refuses a citizen's case operations by itself too, whatever reaches it.
    const principal = await gatewayPrincipal(stack, 'regie', { org: oinOf('regie'), activity: 'ketencoordinatie', citizen: demoBsn });
    const direct = await postGraphQL(
      stack.subgraphs.regie.url,
      { query: '{ myCases { nodes { id } } }' },
      { headers: { 'x-ketenregie-principal': principal } },
    );
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    // Under another activity even staff may not look.
    expect(
      errorCodes(
        await execute(stack.gatewayUrl, DisclosureInquiryDocument, { bsn: otherBsn }, { token: staff, activity: 'ketencoordinatie' }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('leaves out disclosures under an activity the register marks confidential', async () => {
    const confidential = register.activities.find((a) => a.confidential);
    if (!confidential) throw new Error('the register has no confidential activity to test with');
    const traceId = 'c'.repeat(32);
    await stack.subgraphs.uwv.processingLog.append([
      {
        recordedAt: new Date().toISOString(),
        activityId: confidential.id,
        activityVersion: confidential.version,
        subject: subjectHash(stack, demoBsn),
        skeleton: {
          traceId,
          spanId: '1'.repeat(16),
          parentSpanId: '2'.repeat(16),
          operationName: 'Investigation',
          status: 'DISCLOSED',
          callerOrg: oinOf('uwv'),
        },
        personal: { disclosed: ['Client.uwv'], refused: [] },
      },
    ]);
    const staff = await stack.token({ org: oinOf('regie'), sub: 'privacy-officer', staff: true });
    const response = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: demoBsn },
      { token: staff, activity: 'inzage-betrokkene' },
    );
    expect(response.data?.disclosureInquiry.uwv.disclosures.map((d) => d.traceId)).not.toContain(traceId);
    expect((await allRecords(stack.subgraphs.uwv.processingLog)).some((r) => r.skeletonFields.traceId === traceId)).toBe(true);
  });

  it('purges records past their retention, records the purge, and the chain still verifies', async () => {
    const log = stack.subgraphs.toeslagen.processingLog;
    expect((await verifyChain(log, register)).broken).toBeNull();
    const kept = await allRecords(log);
    // A day later nothing has expired; some 7 years later (past schuldhulp-intake's 2555 days) everything has.
    const soon = await purgeExpired(log, register, { now: new Date(Date.now() + 86_400_000), operator: 'test' });
    expect(soon.purged).toEqual({});
    const later = new Date(Date.now() + 2556 * 86_400_000);
    const report = await purgeExpired(log, register, { now: later, operator: 'test' });
    expect(report.purged['schuldhulp-intake']).toBe(kept.filter((r) => r.activityId === 'schuldhulp-intake').length);
    const after = await allRecords(log);
    const purgeRecords = after.filter((r) => r.activityId === 'logboek-beheer');
    expect(purgeRecords).toHaveLength(2);
    // The purge record, in the chain, names when and how many; each erased record names the purge record.
    const count = report.purged['schuldhulp-intake'];
    expect(purgeRecords[1]?.skeletonFields).toMatchObject({
      operationName: 'log:purge',
      status: 'PURGED',
      purged: report.purged,
      redacted: { count },
    });
    expect(purgeRecords[1]?.recordedAt).toBe(later.toISOString());
    for (const record of after.filter((r) => r.activityId === 'schuldhulp-intake')) {
      expect(record).toMatchObject({ subject: null, personal: null, redactedAt: later.toISOString(), redactedBy: purgeRecords[1]?.seq });
    }
    expect(await verifyChain(log, register, { now: later })).toMatchObject({ broken: null, checked: after.length, purged: count });
    // Judged today, the same purge lies in the future.
    expect((await verifyChain(log, register)).broken?.reason).toMatch(/which is in the future/);
  });

  it('finds a changed record, a removed record and a cut-off tail (npm run log:verify)', async () => {
    const gemeente = stack.subgraphs.gemeente;
    const verify = () => runLogCommand(stack, 'verify', ['gemeente', 'gateway']);
    const intact = await verify();
    expect(intact.stdout).toMatch(/gemeente: intact, \d+ records/);
    expect(intact.stdout).toMatch(/gateway: intact, \d+ records/);
    expect(intact.code).toBe(0);

    const records = await allRecords(gemeente.processingLog);
    const target = records[1];
    if (!target) throw new Error('expected at least two records');
    // Someone hides what was disclosed in one record.
    await sql`update processing_log set personal = ${JSON.stringify({ disclosed: [], refused: [] })} where seq = ${target.seq}`.execute(
      gemeente.store.db,
    );
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`gemeente: BROKEN at record ${target.seq}: its subject or disclosed fields were changed`);
    expect(tampered.stdout).toMatch(/gateway: intact/);
    await sql`update processing_log set personal = ${target.personal} where seq = ${target.seq}`.execute(gemeente.store.db);
    expect((await verifyChain(gemeente.processingLog, register)).broken).toBeNull();

    // Rewriting the record and its hash does not help: the next record's link no longer matches.
    await sql`update processing_log set personal = ${'{}'}, personal_digest = ${'0'.repeat(64)}, hash = ${'f'.repeat(64)} where seq = ${target.seq}`.execute(
      gemeente.store.db,
    );
    expect((await verifyChain(gemeente.processingLog, register)).broken?.seq).toBe(target.seq);
    await sql`update processing_log set personal = ${target.personal}, personal_digest = ${target.personalDigest}, hash = ${target.hash} where seq = ${target.seq}`.execute(
      gemeente.store.db,
    );

    // A removed record and a removed tail.
    await sql`delete from processing_log where seq = ${target.seq}`.execute(gemeente.store.db);
    expect((await verifyChain(gemeente.processingLog, register)).broken).toMatchObject({
      seq: target.seq + 1,
      reason: expect.stringContaining('missing'),
    });
    const last = records[records.length - 1];
    await sql`delete from processing_log where seq >= ${target.seq}`.execute(gemeente.store.db);
    expect((await verifyChain(gemeente.processingLog, register)).broken).toMatchObject({
      reason: expect.stringContaining(`head says ${last?.seq}`),
    });
  });

  it('finds an erasure that no purge accounts for, or that is dated in the future or before retention ended (npm run log:verify)', async () => {
    const {
      processingLog: log,
      store: { db },
    } = stack.subgraphs.woningcorporatie;
    const verify = () => runLogCommand(stack, 'verify', ['woningcorporatie']);
    const intake = register.byId.get('schuldhulp-intake');
    if (!intake) throw new Error('the register has no schuldhulp-intake');
    /** A disclosure made `days` ago: more than 2555 days is past schuldhulp-intake's retention. */
    const disclosedAgo = (days: number) => ({
      recordedAt: new Date(Date.now() - days * DAY).toISOString(),
      activityId: intake.id,
      activityVersion: intake.version,
      subject: subjectHash(stack, otherBsn),
      skeleton: { traceId: 'e'.repeat(32), status: 'DISCLOSED', callerOrg: oinOf('gemeente') },
      personal: { disclosed: ['Client.woningcorporatie'], refused: [] },
    });
    await log.append([disclosedAgo(2600), disclosedAgo(2590)]);

    // A genuine purge (the real command) erases both, names them in its own record, and the chain verifies.
    const purged = (await runLogCommand(stack, 'purge', ['woningcorporatie'])).stdout;
    expect(purged).toContain('woningcorporatie: purged schuldhulp-intake: 2\n');
    expect(purged).toMatch(/woningcorporatie: space given back \(VACUUM( processing_log)?\)/);
    expect(await verify()).toMatchObject({ code: 0, stdout: expect.stringMatching(/woningcorporatie: intact, \d+ records \(2 purged/) });
    const records = await allRecords(log);
    const purge = records[records.length - 1];
    if (!purge) throw new Error('a purge record expected');
    expect(purge.skeletonFields).toMatchObject({ operationName: 'log:purge', redacted: { count: 2 } });
    expect(records.filter((r) => r.redactedBy === purge.seq).map((r) => r.redactedAt)).toEqual([purge.recordedAt, purge.recordedAt]);

    const erase = (seq: number, redactedAt: string, redactedBy: number | null = null) =>
      sql`update processing_log set subject = ${null}, personal = ${null}, redacted_at = ${redactedAt}, redacted_by = ${redactedBy} where seq = ${seq}`.execute(
        db,
      );
    const restore = (record: LogRecord) =>
      sql`update processing_log set subject = ${record.subject}, personal = ${record.personal}, redacted_at = ${record.redactedAt}, redacted_by = ${record.redactedBy} where seq = ${record.seq}`.execute(
        db,
      );
    const expectBroken = async (seq: number, reason: string) => {
      const report = await verify();
      expect(report.stdout).toContain(`woningcorporatie: BROKEN at record ${seq}: ${reason}`);
      expect(report.code).toBe(1);
    };

    // The attack found: a disclosure about the demo client erased, no hash touched, with a date in the future
    // where its retention will have ended (ten years on).
    const kept = records.find((r) => r.subject === subjectHash(stack, demoBsn));
    if (!kept) throw new Error('a kept disclosure about the demo client expected');
    const later = new Date(Date.now() + 3650 * DAY).toISOString();
    await erase(kept.seq, later);
    await expectBroken(kept.seq, `it is marked purged at ${later}, which is in the future`);
    // Dated in the past, but within the record's retention.
    const lastHour = new Date(Date.now() - 3_600_000).toISOString();
    await erase(kept.seq, lastHour);
    await expectBroken(kept.seq, `it is marked purged at ${lastHour}, before its retention period ended`);
    // Marked purged with its subject kept: the inquiry shows what the log holds, and the verifier names the record.
    await restore(kept);
    await sql`update processing_log set redacted_at = ${later} where seq = ${kept.seq}`.execute(db);
    const staff = await stack.token({ org: oinOf('regie'), sub: 'privacy-officer', staff: true });
    const inquiry = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: demoBsn },
      { token: staff, activity: 'inzage-betrokkene' },
    );
    expect(inquiry.data?.disclosureInquiry.woningcorporatie.disclosures.map((d) => d.traceId)).toContain(kept.skeletonFields.traceId);
    await expectBroken(kept.seq, 'it is marked purged but still holds personal data');
    await restore(kept);

    // A record past its retention, erased with a plausible date, but no purge accounts for it.
    await log.append([disclosedAgo(2600)]);
    const expired = (await allRecords(log)).pop();
    if (!expired) throw new Error('a record expected');
    await erase(expired.seq, purge.recordedAt);
    await expectBroken(expired.seq, 'it is marked purged, but names no purge record');
    await erase(expired.seq, purge.recordedAt, purge.seq);
    await expectBroken(expired.seq, `it is marked purged by record ${purge.seq}, which comes before it`);
    await restore(expired);
    expect((await verify()).code).toBe(0);
  });
});
