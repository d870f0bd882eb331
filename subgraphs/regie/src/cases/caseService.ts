/**
 * The coordination mutations. Each one is a single transaction: bump the case's version from `expectedVersion`
 * (which locks the case row), check the rules against the state inside that transaction, apply the change and
 * append its event. A stale version gives CONFLICT and changes nothing; the database constraints back up every
 * rule, and a constraint that fires anyway is reported as CONFLICT or INVALID_TRANSITION, never as a 500.
 * Every role is granted with its confirmation when a second party gives it (rules.ts, confirmedOnAssignment); a
 * partner opens a case only with evidence of its own relationship with the client (relationship.ts), staff without.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction } from 'kysely';
import { ErrorCode, ketenError, type Register } from '../../../../common';
import {
  bumpVersion,
  endAssignments,
  findActiveAssignments,
  findCases,
  findCasesInvolving,
  findEvents,
  insertAssignment,
  insertCase,
  insertConfirmation,
  insertEvent,
  markClosed,
  type NewAssignment,
  partnerExists,
  setPendingHandover,
} from '../store/caseRepository';
import { type CaseEventKind, type CaseRole, type ChainCase, type CoordinationModel, type RoleAssignment } from '../store/models';
import { type RegieDatabase } from '../store/schema';
import { translateStoreError } from './storeErrors';
import {
  isInForce,
  isLeadRole,
  LEAD_ROLE,
  mayAppointDirector,
  mayAssign,
  mayClose,
  mayProposeHandover,
  mayRespondToHandover,
  mayRevoke,
  mayView,
  roleInForce,
  confirmedOnAssignment,
  mayConfirm,
  type Actor,
  type Decision,
} from './rules';

export interface CaseServiceOptions {
  db: Kysely<RegieDatabase>;
  register: Register;
  /** The intermediary's OIN: director of DIRECTOR cases unless staff appoint a partner. */
  intermediaryOin: string;
  handoverExpirySeconds: number;
  now: () => Date;
}

interface MutationState {
  trx: Transaction<RegieDatabase>;
  chainCase: ChainCase;
  assignments: RoleAssignment[];
  actorRole: CaseRole | null;
  /** Whether the actor's own role in the case (if any) is confirmed. */
  actorConfirmed: boolean;
  /** The case as this mutation leaves it (`chainCase` stays as the rules saw it); the mutation's answer. */
  changed: ChainCase;
  /** The one instant of this mutation: every rule and record in it uses this moment. */
  now: Date;
  at: string;
}

interface EventDraft {
  kind: CaseEventKind;
  subjectOrg?: string | null;
  role?: CaseRole | null;
  reason?: string | null;
  /** Close the case once its event is recorded: after that, the database accepts no change to it. */
  closesCase?: boolean;
}

const MAX_REASON_LENGTH = 2000;

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw ketenError(ErrorCode.BAD_USER_INPUT, 'Give a reason: every change to a case is recorded with why it was made.');
  if (trimmed.length > MAX_REASON_LENGTH)
    throw ketenError(ErrorCode.BAD_USER_INPUT, `Keep the reason under ${MAX_REASON_LENGTH} characters.`);
  return trimmed;
}

/** The case's active assignment with this id; NOT_FOUND when it has none (it may have ended already). */
function activeAssignment(assignments: readonly RoleAssignment[], id: string): RoleAssignment {
  const assignment = assignments.find((a) => a.id === id);
  if (!assignment)
    throw ketenError(ErrorCode.NOT_FOUND, 'This case has no active role assignment with that id; it may have ended already.');
  return assignment;
}

function enforce(decision: Decision): void {
  if (!decision.allowed) throw ketenError(decision.code, decision.message);
}

/** Who confirms a role as it is granted, or null when it starts unconfirmed. */
interface Confirmer {
  org: string;
  user: string;
  staff: boolean;
}

/** Grants a role, confirmed at once when a confirmer is given (a second party, or staff). */
async function grant(trx: Transaction<RegieDatabase>, assignment: NewAssignment, confirmer: Confirmer | null): Promise<void> {
  await insertAssignment(trx, assignment);
  if (!confirmer) return;
  await insertConfirmation(trx, {
    assignmentId: assignment.id,
    org: assignment.org,
    byOrg: confirmer.org,
    byUser: confirmer.user,
    byStaff: confirmer.staff,
    at: assignment.at,
    reason: `${assignment.role} given by ${confirmer.staff ? 'intermediary staff' : 'another party'}`,
  });
}

/** The actor as confirmer of a role it gives `holder`, when that counts as a second party's confirmation. */
function confirmerFor(actor: Actor, holder: string, actorConfirmed: boolean): Confirmer | null {
  return confirmedOnAssignment(actor, holder, actorConfirmed) ? { org: actor.org, user: actor.user, staff: actor.staff } : null;
}

/** Proves that the (non-staff) opener has its own relationship with the client; throws FORBIDDEN when it has none. */
export type RelationshipProof = () => Promise<void>;

export function createCaseService(options: CaseServiceOptions) {
  const { db, register, now } = options;
  /** Partners are never removed (store/repository.ts), so one found stays known: no query for it again. */
  const knownPartners = new Set<string>();

  async function isPartner(oin: string): Promise<boolean> {
    if (knownPartners.has(oin)) return true;
    const exists = await partnerExists(db, oin);
    if (exists) knownPartners.add(oin);
    return exists;
  }

  async function requirePartner(oin: string): Promise<void> {
    if (!(await isPartner(oin))) {
      throw ketenError(
        ErrorCode.NOT_FOUND,
        `No organisation with OIN ${oin} is registered in the chain; check the OIN or register the partner first.`,
      );
    }
  }

  /**
   * Explains why a version bump matched no row: unknown case, closed case, or a stale expectedVersion; but only to
   * those who may see the case, so nobody learns of another's case (or its state) by guessing ids.
   */
  async function whyNotBumped(trx: Transaction<RegieDatabase>, caseId: string, expectedVersion: number, actor: Actor): Promise<never> {
    const current = (await findCases(trx, [caseId])).get(caseId);
    if (!current) throw ketenError(ErrorCode.NOT_FOUND, `There is no case ${caseId}.`);
    if (!mayView(actor, current, (await findCasesInvolving(trx, actor.org, [caseId])).has(caseId))) {
      throw ketenError(ErrorCode.FORBIDDEN, 'Your organisation has no role in this case.');
    }
    if (current.status === 'CLOSED') throw ketenError(ErrorCode.INVALID_TRANSITION, 'This case is closed; a closed case changes no more.');
    throw ketenError(
      ErrorCode.CONFLICT,
      `The case is at version ${current.version}, not ${expectedVersion}: someone changed it. Reload it and try again.`,
      {
        details: { expectedVersion, currentVersion: current.version },
      },
    );
  }

  async function mutate(
    caseId: string,
    expectedVersion: number,
    actor: Actor,
    apply: (state: MutationState) => Promise<EventDraft>,
  ): Promise<ChainCase> {
    try {
      return await db.transaction().execute(async (trx) => {
        const bumped = await bumpVersion(trx, caseId, expectedVersion);
        if (!bumped) return whyNotBumped(trx, caseId, expectedVersion, actor);
        const instant = now();
        const at = instant.toISOString();
        const assignments = (await findActiveAssignments(trx, [caseId])).get(caseId) ?? [];
        const own = assignments.find((a) => a.org === actor.org && isInForce(a, instant));
        const state = {
          trx,
          chainCase: bumped,
          changed: bumped,
          assignments,
          actorRole: roleInForce(assignments, actor.org, instant),
          actorConfirmed: own?.confirmation != null,
          now: instant,
          at,
        };
        const event = await apply(state);
        await insertEvent(trx, {
          caseId,
          version: bumped.version,
          kind: event.kind,
          at,
          actorOrg: actor.org,
          actorUser: actor.user,
          subjectOrg: event.subjectOrg ?? null,
          role: event.role ?? null,
          reason: event.reason ?? null,
        });
        return event.closesCase ? markClosed(trx, caseId, at, actor.org, actor.user) : state.changed;
      });
    } catch (error) {
      throw translateStoreError(error);
    }
  }

  /** Ends the org's expired-but-not-ended assignments, so that a new role for it does not collide with one. */
  async function clearExpired(state: MutationState, org: string): Promise<void> {
    const expired = state.assignments.filter((a) => a.org === org && !isInForce(a, state.now));
    await endAssignments(
      state.trx,
      expired.map((a) => a.id),
      { at: state.at, byOrg: org, reason: 'expired' },
    );
    state.assignments = state.assignments.filter((a) => !expired.includes(a));
  }

  /** Ends the lead (and any role of the new lead) and installs the new lead; a pending handover lapses with it. */
  async function installLead(
    state: MutationState,
    actor: Actor,
    org: string,
    reason: string,
    endReason: string,
    confirmer: Confirmer | null,
  ): Promise<void> {
    const { chainCase, trx, at } = state;
    const replaced = state.assignments.filter((a) => isLeadRole(a.role) || a.org === org);
    await endAssignments(
      trx,
      replaced.map((a) => a.id),
      { at, byOrg: actor.org, reason: endReason },
    );
    if (chainCase.pendingHandover) state.changed = await setPendingHandover(trx, chainCase.id, null);
    const lead = {
      id: randomUUID(),
      caseId: chainCase.id,
      model: chainCase.model,
      org,
      role: LEAD_ROLE[chainCase.model],
      isLead: true,
      validUntil: null,
    };
    await grant(trx, { ...lead, at, byOrg: actor.org, byUser: actor.user, reason }, confirmer);
  }

  /**
   * An accepted handover's new holder is confirmed by the holder who proposed it, if that holder's role was
   * confirmed: the proposal (its event) names the proposing user.
   */
  async function handoverConfirmer(state: MutationState): Promise<Confirmer | null> {
    const holder = state.assignments.find((a) => a.role === 'RELAY_HOLDER' && isInForce(a, state.now));
    if (!holder?.confirmation) return null;
    const events = (await findEvents(state.trx, [state.chainCase.id])).get(state.chainCase.id) ?? [];
    const proposal = events.filter((e) => e.kind === 'HANDOVER_PROPOSED' && e.actorOrg === holder.org).at(-1);
    return proposal ? { org: holder.org, user: proposal.actorUser, staff: false } : null;
  }

  return {
    async openCase(
      actor: Actor,
      input: { bsn: string; model: CoordinationModel; activity: string; reason: string; director?: string | null; lead?: string | null },
      proveRelationship: RelationshipProof,
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      if (!register.byId.has(input.activity)) {
        throw ketenError(
          ErrorCode.BAD_USER_INPUT,
          `"${input.activity}" is not a processing activity in the register; open the case under one that is.`,
        );
      }
      // A case opened under a purpose grants roles, and roles grant data: the purpose must be the one this request declares.
      if (input.activity !== actor.activity) {
        throw ketenError(
          ErrorCode.FORBIDDEN,
          `Open the case under the activity this request declares ("${actor.activity}"), not "${input.activity}".`,
        );
      }
      if (!(await isPartner(actor.org))) {
        throw ketenError(ErrorCode.FORBIDDEN, 'Your organisation is not registered in the chain, so it cannot open cases.');
      }
      if (input.director != null) {
        if (!actor.staff)
          throw ketenError(ErrorCode.FORBIDDEN, 'Only intermediary staff may appoint a partner as director when opening a case.');
        if (input.model !== 'DIRECTOR') throw ketenError(ErrorCode.BAD_USER_INPUT, 'A director can be named only for a DIRECTOR case.');
        await requirePartner(input.director);
      }
      if (input.lead != null) {
        if (!actor.staff) throw ketenError(ErrorCode.FORBIDDEN, 'Only intermediary staff may open a case for another organisation.');
        if (input.model === 'DIRECTOR') throw ketenError(ErrorCode.BAD_USER_INPUT, 'Name the lead of a DIRECTOR case as director.');
        await requirePartner(input.lead);
      }
      // A role is a claim others rely on: a partner opens a case only for a client it has its own relationship with.
      if (!actor.staff) await proveRelationship();
      const id = randomUUID();
      const at = now().toISOString();
      const lead = input.model === 'DIRECTOR' ? (input.director ?? options.intermediaryOin) : (input.lead ?? actor.org);
      const assignment = { caseId: id, model: input.model, validUntil: null, at, byOrg: actor.org, byUser: actor.user, reason };
      try {
        return await db.transaction().execute(async (trx) => {
          const opened = await insertCase(trx, {
            id,
            bsn: input.bsn,
            model: input.model,
            activity: input.activity,
            at,
            org: actor.org,
            user: actor.user,
          });
          // The opener holds no confirmed role yet: only staff open with a confirmed lead.
          await grant(
            trx,
            { ...assignment, id: randomUUID(), org: lead, role: LEAD_ROLE[input.model], isLead: true },
            confirmerFor(actor, lead, false),
          );
          // In a DIRECTOR case the opening partner, if it is not the director, takes part as a contributor.
          if (input.model === 'DIRECTOR' && lead !== actor.org && !actor.staff) {
            await grant(trx, { ...assignment, id: randomUUID(), org: actor.org, role: 'CONTRIBUTOR', isLead: false }, null);
          }
          await insertEvent(trx, {
            caseId: id,
            version: 1,
            kind: 'CASE_OPENED',
            at,
            actorOrg: actor.org,
            actorUser: actor.user,
            subjectOrg: lead,
            role: LEAD_ROLE[input.model],
            reason,
          });
          return opened;
        });
      } catch (error) {
        throw translateStoreError(error);
      }
    },

    async assignRole(
      actor: Actor,
      input: { caseId: string; org: string; role: CaseRole; validUntil?: string | null; reason: string; expectedVersion: number },
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      if (input.validUntil != null && input.validUntil <= now().toISOString()) {
        throw ketenError(
          ErrorCode.BAD_USER_INPUT,
          'validUntil lies in the past; give a moment in the future, or none for an open-ended role.',
        );
      }
      await requirePartner(input.org);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayAssign(actor, state.chainCase.model, state.actorRole, input.role));
        await clearExpired(state, input.org);
        if (isLeadRole(input.role)) {
          if (roleInForce(state.assignments, input.org, state.now) === input.role) {
            throw ketenError(ErrorCode.INVALID_TRANSITION, `That organisation already holds the ${input.role} role in this case.`);
          }
          await installLead(
            state,
            actor,
            input.org,
            reason,
            `replaced by staff: ${reason}`,
            confirmerFor(actor, input.org, state.actorConfirmed),
          );
          return { kind: 'LEAD_REPLACED', subjectOrg: input.org, role: input.role, reason };
        }
        const existing = state.assignments.find((a) => a.org === input.org);
        if (existing) {
          throw ketenError(
            ErrorCode.INVALID_TRANSITION,
            `That organisation already holds the ${existing.role} role in this case; revoke it first to change it.`,
          );
        }
        const given = {
          id: randomUUID(),
          caseId: input.caseId,
          model: state.chainCase.model,
          org: input.org,
          role: input.role,
          isLead: false,
        };
        await grant(
          state.trx,
          { ...given, validUntil: input.validUntil ?? null, at: state.at, byOrg: actor.org, byUser: actor.user, reason },
          confirmerFor(actor, input.org, state.actorConfirmed),
        );
        return { kind: 'ROLE_ASSIGNED', subjectOrg: input.org, role: input.role, reason };
      });
    },

    async revokeRole(
      actor: Actor,
      input: { caseId: string; assignmentId: string; reason: string; expectedVersion: number },
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        const assignment = activeAssignment(state.assignments, input.assignmentId);
        enforce(mayRevoke(actor, state.chainCase.model, state.actorRole, assignment.role));
        await endAssignments(state.trx, [assignment.id], { at: state.at, byOrg: actor.org, reason });
        return { kind: 'ROLE_REVOKED', subjectOrg: assignment.org, role: assignment.role, reason };
      });
    },

    async proposeHandover(
      actor: Actor,
      input: { caseId: string; toOrg: string; reason: string; expectedVersion: number },
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      await requirePartner(input.toOrg);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayProposeHandover(actor, state.chainCase.model, state.actorRole, input.toOrg));
        const pending = state.chainCase.pendingHandover;
        if (pending && pending.expiresAt > state.at) {
          throw ketenError(ErrorCode.INVALID_TRANSITION, 'A handover is already pending; wait for the answer or let it expire first.');
        }
        const expiresAt = new Date(state.now.getTime() + options.handoverExpirySeconds * 1000).toISOString();
        state.changed = await setPendingHandover(state.trx, input.caseId, { toOrg: input.toOrg, proposedAt: state.at, expiresAt, reason });
        return { kind: 'HANDOVER_PROPOSED', subjectOrg: input.toOrg, role: 'RELAY_HOLDER', reason };
      });
    },

    async acceptHandover(actor: Actor, input: { caseId: string; expectedVersion: number }): Promise<ChainCase> {
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayRespondToHandover(actor, state.chainCase, state.now));
        const confirmer = await handoverConfirmer(state);
        await installLead(
          state,
          actor,
          actor.org,
          state.chainCase.pendingHandover?.reason ?? 'handover accepted',
          'handed over',
          confirmer,
        );
        return {
          kind: 'HANDOVER_ACCEPTED',
          subjectOrg: actor.org,
          role: 'RELAY_HOLDER',
          reason: state.chainCase.pendingHandover?.reason ?? null,
        };
      });
    },

    async rejectHandover(actor: Actor, input: { caseId: string; reason: string; expectedVersion: number }): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayRespondToHandover(actor, state.chainCase, state.now));
        state.changed = await setPendingHandover(state.trx, input.caseId, null);
        return { kind: 'HANDOVER_REJECTED', subjectOrg: actor.org, role: 'RELAY_HOLDER', reason };
      });
    },

    async appointDirector(
      actor: Actor,
      input: { caseId: string; org: string; reason: string; expectedVersion: number },
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      await requirePartner(input.org);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayAppointDirector(actor, state.chainCase.model));
        if (roleInForce(state.assignments, input.org, state.now) === 'DIRECTOR') {
          throw ketenError(ErrorCode.INVALID_TRANSITION, 'That organisation is already the director of this case.');
        }
        await installLead(
          state,
          actor,
          input.org,
          reason,
          `director reappointed: ${reason}`,
          confirmerFor(actor, input.org, state.actorConfirmed),
        );
        return { kind: 'DIRECTOR_APPOINTED', subjectOrg: input.org, role: 'DIRECTOR', reason };
      });
    },

    /** Staff confirm a role as a second party: from then on it unlocks special-category data too. */
    async confirmRole(
      actor: Actor,
      input: { caseId: string; assignmentId: string; reason: string; expectedVersion: number },
    ): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        const assignment = activeAssignment(state.assignments, input.assignmentId);
        enforce(mayConfirm(actor, assignment, state.now));
        await insertConfirmation(state.trx, {
          assignmentId: assignment.id,
          org: assignment.org,
          byOrg: actor.org,
          byUser: actor.user,
          byStaff: actor.staff,
          at: state.at,
          reason,
        });
        return { kind: 'ROLE_CONFIRMED', subjectOrg: assignment.org, role: assignment.role, reason };
      });
    },

    async closeCase(actor: Actor, input: { caseId: string; reason: string; expectedVersion: number }): Promise<ChainCase> {
      const reason = requireReason(input.reason);
      return mutate(input.caseId, input.expectedVersion, actor, async (state) => {
        enforce(mayClose(actor, state.chainCase.model, state.actorRole));
        // Roles end with the case; the case is marked closed last (after its event), as nothing can change it then.
        await endAssignments(
          state.trx,
          state.assignments.map((a) => a.id),
          { at: state.at, byOrg: actor.org, reason: 'case closed' },
        );
        return { kind: 'CASE_CLOSED', reason, closesCase: true };
      });
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
