/**
 * Concurrency and the invariants in the database. Fifty changes with the same expectedVersion, sent at once
 * through the gateway: exactly one lands, the others get CONFLICT, the history holds exactly the winner, and the
 * invariants hold. Then the database itself is asked to break an invariant, and refuses.
 */
import { sql, type Kysely } from 'kysely';
import { demoBsns } from '../partner-kit';
import { type RegieDatabase } from '../subgraphs/regie/src/store/schema';
import { AssignRoleDocument, CloseCaseDocument, ProposeHandoverDocument } from '../client/__generated__/graphql';
import { actAs, caseState, expectData, knowClients, oinOf, openCase, type ChainActor, type Handle } from './support/chain';
import { errorCodes } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

const TARGETS: Handle[] = ['uwv', 'svb', 'toeslagen', 'woningcorporatie', 'schuldhulp'];
const CALLS = 50;

describe.each(STORE_KINDS)('concurrent changes (%s)', (store) => {
  let stack: TestStack;
  let staff: ChainActor;
  let gemeente: ChainActor;
  let db: Kysely<RegieDatabase>;
  const bsn = demoBsns(2)[1] ?? '';

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 5 });
    await knowClients(stack, 'gemeente', [bsn]);
    staff = await actAs(stack, 'regie', { staff: true });
    gemeente = await actAs(stack, 'gemeente');
    db = stack.subgraphs.regie.store.db as unknown as Kysely<RegieDatabase>;
  });
  afterAll(() => stack?.stop());

  async function expectInvariants(caseId: string): Promise<void> {
    const active = await db.selectFrom('role_assignment').selectAll().where('case_id', '=', caseId).where('ended_at', 'is', null).execute();
    expect(active.filter((a) => a.is_lead === 1)).toHaveLength(1);
    expect(new Set(active.map((a) => a.org)).size).toBe(active.length);
  }

  it(`${CALLS} assignRole calls with one expectedVersion: one succeeds, ${CALLS - 1} CONFLICT`, async () => {
    const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
    const responses = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        gemeente.run(AssignRoleDocument, {
          caseId: opened.id,
          org: oinOf(TARGETS[i % TARGETS.length] as Handle),
          role: 'SUBCONTRACTOR',
          reason: `call ${i}`,
          expectedVersion: 1,
        }),
      ),
    );
    const winners = responses.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(responses.flatMap(errorCodes).filter((code) => code !== 'CONFLICT')).toEqual([]);
    const after = await caseState(staff, opened.id);
    expect(after.version).toBe(2);
    expect(after.history.map((e) => e.kind)).toEqual(['CASE_OPENED', 'ROLE_ASSIGNED']);
    const winningOrg = winners[0]?.data?.assignRole.roles.find((r) => r.role === 'SUBCONTRACTOR')?.organisation.oin;
    expect(after.history[1]?.subject?.oin).toBe(winningOrg);
    expect(after.roles).toHaveLength(2);
    await expectInvariants(opened.id);
  });

  it(`${CALLS} proposeHandover calls with one expectedVersion: one succeeds, ${CALLS - 1} CONFLICT`, async () => {
    const opened = await openCase(gemeente, bsn, 'RELAY');
    const responses = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        gemeente.run(ProposeHandoverDocument, {
          caseId: opened.id,
          toOrg: oinOf(TARGETS[i % TARGETS.length] as Handle),
          reason: `call ${i}`,
          expectedVersion: 1,
        }),
      ),
    );
    expect(responses.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(responses.flatMap(errorCodes).filter((code) => code !== 'CONFLICT')).toEqual([]);
    const after = await caseState(staff, opened.id);
    expect(after.history.map((e) => e.kind)).toEqual(['CASE_OPENED', 'HANDOVER_PROPOSED']);
    expect(after.history[1]?.subject?.oin).toBe(after.pendingHandover?.to.oin);
    await expectInvariants(opened.id);
  });

  describe('the database refuses to break an invariant, whatever the code does', () => {
    /** The database's message when it refuses a statement; fails the test when it accepts it. */
    async function refusal(statement: Promise<unknown>): Promise<string> {
      try {
        await statement;
      } catch (error) {
        return String((error as { message?: unknown }).message ?? error);
      }
      throw new Error('the database accepted a change that breaks an invariant');
    }

    const now = new Date().toISOString();
    const row = (caseId: string, id: string, org: string, role: string, model: string, isLead: number) => ({
      id,
      case_id: caseId,
      model,
      org,
      role,
      is_lead: isLead,
      valid_from: now,
      valid_until: null,
      assigned_by_org: org,
      assigned_by_user: 'sql',
      reason: 'direct',
      ended_at: null,
      ended_by_org: null,
      end_reason: null,
    });

    it('a second active lead', async () => {
      const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-lead', oinOf('uwv'), 'MAIN_CONTRACTOR', 'MAIN_CONTRACTOR', 1))
            .execute(),
        ),
      ).toMatch(/unique|check|foreign key/i);
    });

    it('two active roles for one organisation', async () => {
      const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-dup', gemeente.org, 'SUBCONTRACTOR', 'MAIN_CONTRACTOR', 0))
            .execute(),
        ),
      ).toMatch(/unique|check|foreign key/i);
    });

    it('a role of another model, or a lead flag that lies', async () => {
      const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-model', oinOf('uwv'), 'CONTRIBUTOR', 'MAIN_CONTRACTOR', 0))
            .execute(),
        ),
      ).toMatch(/unique|check|foreign key/i);
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-model2', oinOf('uwv'), 'CONTRIBUTOR', 'DIRECTOR', 0))
            .execute(),
        ),
      ).toMatch(/unique|check|foreign key/i);
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-flag', oinOf('uwv'), 'SUBCONTRACTOR', 'MAIN_CONTRACTOR', 1))
            .execute(),
        ),
      ).toMatch(/unique|check|foreign key/i);
    });

    it('any change to a closed case', async () => {
      const opened = await openCase(gemeente, bsn, 'MAIN_CONTRACTOR');
      expectData(await gemeente.run(CloseCaseDocument, { caseId: opened.id, reason: 'done', expectedVersion: 1 }));
      expect(
        await refusal(
          db
            .insertInto('role_assignment')
            .values(row(opened.id, 'x-closed', oinOf('uwv'), 'SUBCONTRACTOR', 'MAIN_CONTRACTOR', 0))
            .execute(),
        ),
      ).toMatch(/closed/);
      expect(
        await refusal(db.updateTable('chain_case').set({ status: 'OPEN', closed_at: null }).where('id', '=', opened.id).execute()),
      ).toMatch(/closed/);
      expect(await refusal(sql`update role_assignment set ended_at = null where case_id = ${opened.id}`.execute(db))).toMatch(/closed/);
    });
  });
});
