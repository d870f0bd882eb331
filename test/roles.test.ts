/**
 * The coordination models, table-driven through the real gateway: every mutation × every model × every acting
 * role (the lead, another role, no role, staff, and for handovers the partner it is offered to). Each cell runs on
 * a fresh case; an allowed change bumps the version and adds one event, a refused one changes nothing.
 */
import { demoBsns } from '../partner-kit';
import {
  AcceptHandoverDocument,
  AppointDirectorDocument,
  AssignRoleDocument,
  CloseCaseDocument,
  OpenCaseDocument,
  OpenCaseForDocument,
  ProposeHandoverDocument,
  RejectHandoverDocument,
  RevokeRoleDocument,
  type CaseStateFragment,
} from '../client/__generated__/graphql';
import { actAs, caseState, expectData, knowClients, oinOf, openCase, type ChainActor, type Handle } from './support/chain';
import { errorCodes, type GraphQLResponse } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

type Model = 'MAIN_CONTRACTOR' | 'RELAY' | 'DIRECTOR';
type ActorKind = 'lead' | 'other' | 'none' | 'staff' | 'addressee';
type Mutation =
  'openCase' | 'assignRole' | 'revokeRole' | 'proposeHandover' | 'acceptHandover' | 'rejectHandover' | 'appointDirector' | 'closeCase';
type Outcome = 'OK' | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'BAD_USER_INPUT';

/**
 * Per model, who plays which part:
 * MAIN_CONTRACTOR: gemeente opened it (lead), uwv is subcontractor (other), svb has no role.
 * RELAY: staff opened it for schuldhulp (which has no subgraph, so cannot show a relationship with the client and
 *   open it itself), which handed it to gemeente (lead); schuldhulp is the former holder (other); a handover to uwv
 *   (addressee) is pending where a mutation needs one. Every partner with a subgraph knows the client.
 * DIRECTOR: staff opened it with gemeente as director (lead), uwv is contributor (other).
 */
const PLAYERS: Record<Exclude<ActorKind, 'staff'>, Record<Model, Handle>> = {
  lead: { MAIN_CONTRACTOR: 'gemeente', RELAY: 'gemeente', DIRECTOR: 'gemeente' },
  other: { MAIN_CONTRACTOR: 'uwv', RELAY: 'schuldhulp', DIRECTOR: 'uwv' },
  none: { MAIN_CONTRACTOR: 'svb', RELAY: 'svb', DIRECTOR: 'svb' },
  addressee: { MAIN_CONTRACTOR: 'uwv', RELAY: 'uwv', DIRECTOR: 'uwv' },
};

const F = 'FORBIDDEN';
const I = 'INVALID_TRANSITION';
/** Expected outcome per mutation, model and actor (lead, other, none, staff[, addressee]). */
const EXPECTED: Record<Mutation, Record<Model, Partial<Record<ActorKind, Outcome>>>> = {
  openCase: {
    MAIN_CONTRACTOR: { lead: 'OK', other: 'OK', none: 'OK', staff: 'OK' },
    RELAY: { lead: 'OK', other: F, none: 'OK', staff: 'OK' },
    DIRECTOR: { lead: 'OK', other: 'OK', none: 'OK', staff: 'OK' },
  },
  assignRole: {
    MAIN_CONTRACTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
    RELAY: { lead: F, other: F, none: F, staff: 'OK' },
    DIRECTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
  },
  revokeRole: {
    MAIN_CONTRACTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
    RELAY: { lead: I, other: I, none: I, staff: I },
    DIRECTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
  },
  proposeHandover: {
    MAIN_CONTRACTOR: { lead: I, other: I, none: I, staff: I },
    RELAY: { lead: 'OK', other: F, none: F, staff: F },
    DIRECTOR: { lead: I, other: I, none: I, staff: I },
  },
  acceptHandover: {
    MAIN_CONTRACTOR: { lead: I, other: I, none: I, staff: I },
    RELAY: { lead: F, other: F, none: F, staff: F, addressee: 'OK' },
    DIRECTOR: { lead: I, other: I, none: I, staff: I },
  },
  rejectHandover: {
    MAIN_CONTRACTOR: { lead: I, other: I, none: I, staff: I },
    RELAY: { lead: F, other: F, none: F, staff: F, addressee: 'OK' },
    DIRECTOR: { lead: I, other: I, none: I, staff: I },
  },
  appointDirector: {
    MAIN_CONTRACTOR: { lead: I, other: I, none: I, staff: I },
    RELAY: { lead: I, other: I, none: I, staff: I },
    DIRECTOR: { lead: F, other: F, none: F, staff: 'OK' },
  },
  closeCase: {
    MAIN_CONTRACTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
    RELAY: { lead: 'OK', other: F, none: F, staff: 'OK' },
    DIRECTOR: { lead: 'OK', other: F, none: F, staff: 'OK' },
  },
};

const cells = (Object.keys(EXPECTED) as Mutation[]).flatMap((mutation) =>
  (Object.keys(EXPECTED[mutation]) as Model[]).flatMap((model) =>
    (Object.entries(EXPECTED[mutation][model]) as Array<[ActorKind, Outcome]>).map(([actor, outcome]) => ({
      mutation,
      model,
      actor,
      outcome,
    })),
  ),
);

describe.each(STORE_KINDS)('who may do what, per coordination model (%s)', (store) => {
  let stack: TestStack;
  let staff: ChainActor;
  const actors = new Map<string, ChainActor>();
  const bsn = demoBsns(3)[2] ?? '';
  const reason = 'table test';

  const actor = (handle: Handle) => actors.get(handle) as ChainActor;

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 10 });
    staff = await actAs(stack, 'regie', { staff: true });
    for (const handle of ['regie', 'gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie', 'schuldhulp'] as const) {
      actors.set(handle, await actAs(stack, handle));
    }
    for (const handle of ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const) await knowClients(stack, handle, [bsn]);
  });
  afterAll(() => stack?.stop());

  /** A fresh case in the shape PLAYERS describes, with a pending handover to the addressee when asked. */
  async function arrange(model: Model, withPendingHandover: boolean): Promise<CaseStateFragment> {
    if (model === 'MAIN_CONTRACTOR') {
      const opened = await openCase(actor('gemeente'), bsn, model);
      return expectData(
        await actor('gemeente').run(AssignRoleDocument, {
          caseId: opened.id,
          org: oinOf('uwv'),
          role: 'SUBCONTRACTOR',
          reason,
          expectedVersion: opened.version,
        }),
      ).assignRole;
    }
    if (model === 'DIRECTOR') {
      const opened = await openCase(staff, bsn, model, oinOf('gemeente'));
      return expectData(
        await actor('gemeente').run(AssignRoleDocument, {
          caseId: opened.id,
          org: oinOf('uwv'),
          role: 'CONTRIBUTOR',
          reason,
          expectedVersion: opened.version,
        }),
      ).assignRole;
    }
    const opened = expectData(
      await staff.run(OpenCaseForDocument, { bsn, model, activity: 'ketencoordinatie', reason, lead: oinOf('schuldhulp') }),
    ).openCase;
    const proposed = expectData(
      await actor('schuldhulp').run(ProposeHandoverDocument, {
        caseId: opened.id,
        toOrg: oinOf('gemeente'),
        reason,
        expectedVersion: opened.version,
      }),
    ).proposeHandover;
    const handed = expectData(
      await actor('gemeente').run(AcceptHandoverDocument, { caseId: opened.id, expectedVersion: proposed.version }),
    ).acceptHandover;
    if (!withPendingHandover) return handed;
    return expectData(
      await actor('gemeente').run(ProposeHandoverDocument, {
        caseId: opened.id,
        toOrg: oinOf('uwv'),
        reason,
        expectedVersion: handed.version,
      }),
    ).proposeHandover;
  }

  async function perform(mutation: Mutation, as: ChainActor, c: CaseStateFragment): Promise<GraphQLResponse<unknown>> {
    const base = { caseId: c.id, expectedVersion: c.version };
    const otherAssignment = c.roles.find((r) => r.role === 'SUBCONTRACTOR' || r.role === 'CONTRIBUTOR') ?? c.lead;
    switch (mutation) {
      case 'openCase':
        return as.run(OpenCaseDocument, { bsn, model: c.model, activity: 'ketencoordinatie', reason });
      case 'assignRole': {
        const role = c.model === 'MAIN_CONTRACTOR' ? 'SUBCONTRACTOR' : c.model === 'DIRECTOR' ? 'CONTRIBUTOR' : 'RELAY_HOLDER';
        return as.run(AssignRoleDocument, { ...base, org: oinOf('woningcorporatie'), role, reason });
      }
      case 'revokeRole':
        return as.run(RevokeRoleDocument, { ...base, assignmentId: otherAssignment?.id ?? 'none', reason });
      case 'proposeHandover':
        return as.run(ProposeHandoverDocument, { ...base, toOrg: oinOf('woningcorporatie'), reason });
      case 'acceptHandover':
        return as.run(AcceptHandoverDocument, base);
      case 'rejectHandover':
        return as.run(RejectHandoverDocument, { ...base, reason });
      case 'appointDirector':
        return as.run(AppointDirectorDocument, { ...base, org: oinOf('woningcorporatie'), reason });
      case 'closeCase':
        return as.run(CloseCaseDocument, { ...base, reason });
    }
  }

  it.each(cells)('$mutation in a $model case by $actor: $outcome', async ({ mutation, model, actor: kind, outcome }) => {
    const needsPending = model === 'RELAY' && (mutation === 'acceptHandover' || mutation === 'rejectHandover');
    const arranged = await arrange(model, needsPending);
    const as = kind === 'staff' ? staff : actor(PLAYERS[kind][model]);
    const response = await perform(mutation, as, arranged);
    const after = await caseState(staff, arranged.id);
    if (outcome === 'OK') {
      expect(response.errors).toBeUndefined();
      if (mutation === 'openCase') {
        // The new case, not the arranged one: version 1, one event, and the opener's lead role per the model.
        const id = (response.data as { openCase: { id: string } }).openCase.id;
        const opened = await caseState(staff, id);
        expect(opened.version).toBe(1);
        expect(opened.history.map((e) => e.kind)).toEqual(['CASE_OPENED']);
        const expectedLead = model === 'DIRECTOR' ? oinOf('regie') : kind === 'staff' ? oinOf('regie') : oinOf(PLAYERS[kind][model]);
        expect(opened.lead?.organisation.oin).toBe(expectedLead);
        expect(after.version).toBe(arranged.version);
      } else {
        expect(after.version).toBe(arranged.version + 1);
        expect(after.history).toHaveLength(arranged.version + 1);
      }
    } else {
      expect(errorCodes(response)).toEqual([outcome]);
      expect(response.errors?.[0]?.message.length).toBeGreaterThan(20);
      expect(after.version).toBe(arranged.version);
      expect(after.history).toHaveLength(arranged.version);
      expect(after.roles).toEqual(arranged.roles);
    }
    // Whatever happened, an open case has exactly one lead and no organisation twice.
    if (after.status === 'OPEN') {
      expect(after.roles.filter((r) => ['MAIN_CONTRACTOR', 'RELAY_HOLDER', 'DIRECTOR'].includes(r.role))).toHaveLength(1);
      expect(new Set(after.roles.map((r) => r.organisation.oin)).size).toBe(after.roles.length);
    } else {
      expect(after.roles).toEqual([]);
    }
  });
});
