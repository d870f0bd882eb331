/**
 * Issue 17, item 2: a refused attempt leaves a trace. Every refusal after authentication is in the gateway's audit
 * log (who, the activity declared, the operation, the code), with no personal data beyond the pseudonymous user id;
 * a citizen asking about another BSN is refused with 403 before planning. Through the real gateway.
 */
import { DisclosureInquiryDocument, DossierDocument, PartnersDocument } from '../client';
import { demoBsns } from '../partner-kit';
import { DEFAULT_EXPLORER_DIR } from '../gateway/src/clientAccess';
import { loadPersistedOperations } from '../gateway/src/persisted/manifest';
import { oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { allRecords, newTraceparent, type LogRecord } from './support/logs';
import { startStack, type TestStack } from './support/stack';

const [bsn = '', otherBsn = ''] = demoBsns(2);

async function recordsOfTrace(stack: TestStack, traceId: string): Promise<LogRecord[]> {
  return (await allRecords(stack.gateway.auditLog)).filter((record) => record.skeletonFields.traceId === traceId);
}

describe('refused attempts in the audit log', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({
      seedClients: 20,
      gateway: {
        clientAccess: {
          persistedOperations: { operations: loadPersistedOperations(), only: true },
          introspection: 'staff',
          explorerDir: DEFAULT_EXPLORER_DIR,
        },
      },
    });
  });
  afterAll(() => stack?.stop());

  it.each([
    ['an activity its token does not grant', { activities: ['vroegsignalering'] }, 'schuldhulp-intake'],
    ['an activity the register does not know', {}, 'nergens-voor'],
  ])(
    'records a valid token asking under %s: 403, REFUSED with who, the activity declared, the operation and the code',
    async (_what, claims, activity) => {
      const token = await stack.token({ org: oinOf('gemeente'), sub: 'case-worker-refused', ...claims });
      const { traceparent, traceId } = newTraceparent();
      const response = await execute(stack.gatewayUrl, PartnersDocument, {}, { token, activity, headers: { traceparent } });
      expect(response.status).toBe(403);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      const [record, ...more] = await recordsOfTrace(stack, traceId);
      expect(more).toEqual([]);
      expect(record?.skeletonFields).toMatchObject({
        phase: 'REFUSED',
        code: 'FORBIDDEN',
        declaredActivity: activity,
        org: oinOf('gemeente'),
        traceId,
      });
      expect(String(record?.skeletonFields.operationName)).toMatch(/^(Partners|sha256:[0-9a-f]{16})$/);
      expect(record?.personalFields).toEqual({ userId: 'case-worker-refused' });
    },
  );

  it('records an ad-hoc query refused in persisted-only mode', async () => {
    const token = await stack.token({ org: oinOf('uwv'), sub: 'case-worker-adhoc' });
    const { traceparent, traceId } = newTraceparent();
    const response = await postGraphQL(
      stack.gatewayUrl,
      { query: 'query Probe { partners { oin } }', operationName: 'Probe' },
      { token, activity: 'schuldhulp-intake', headers: { traceparent } },
    );
    expect(response.status).toBe(403);
    const [record] = await recordsOfTrace(stack, traceId);
    expect(record?.skeletonFields).toMatchObject({
      phase: 'REFUSED',
      code: 'PERSISTED_QUERY_REQUIRED',
      operationName: 'Probe',
      declaredActivity: 'schuldhulp-intake',
    });
  });

  it('records a purpose refusal before planning as answered with its code', async () => {
    const token = await stack.token({ org: oinOf('gemeente'), sub: 'case-worker-purpose' });
    const { traceparent, traceId } = newTraceparent();
    // Early warning (vroegsignalering) may not see social assistance, which the dossier asks for.
    const response = await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn },
      { token, activity: 'vroegsignalering', headers: { traceparent } },
    );
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['PURPOSE_NOT_ALLOWED']);
    const records = await recordsOfTrace(stack, traceId);
    expect(records.map((r) => r.skeletonFields.phase)).toEqual(['ANSWERED']);
    expect(records[0]?.skeletonFields.outcome).toBe(errorCodes(response).join(','));
  });

  it("refuses a citizen's inquiry about another BSN with 403 before planning, and records it", async () => {
    const citizen = await stack.token({ org: oinOf('regie'), sub: 'citizen-refused', activities: ['inzage-betrokkene'], citizen: bsn });
    const { traceparent, traceId } = newTraceparent();
    const response = await execute(
      stack.gatewayUrl,
      DisclosureInquiryDocument,
      { bsn: otherBsn },
      { token: citizen, activity: 'inzage-betrokkene', headers: { traceparent } },
    );
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const records = await recordsOfTrace(stack, traceId);
    expect(records.map((r) => [r.skeletonFields.phase, r.skeletonFields.outcome])).toEqual([['ANSWERED', 'FORBIDDEN']]);
    // Their own inquiry still works.
    const own = await execute(stack.gatewayUrl, DisclosureInquiryDocument, { bsn }, { token: citizen, activity: 'inzage-betrokkene' });
    expect(own.status).toBe(200);
  });

  it('keeps personal data out of every audit record: no BSN anywhere', async () => {
    const text = JSON.stringify(await allRecords(stack.gateway.auditLog));
    for (const number of demoBsns(20)) expect(text).not.toContain(number);
  });
});
