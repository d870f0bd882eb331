/**
 * Who may do what in a chain case: pure decisions over the case's model, the actor's current role and staff
 * status. Checked in this order: does the action exist in this model (INVALID_TRANSITION or BAD_USER_INPUT), then
 * is this actor allowed (FORBIDDEN). Table-tested in __tests__/rules.test.ts and through the gateway.
 */
import { ErrorCode } from '../../../../common';
import { type CaseRole, type ChainCase, type CoordinationModel, type RoleAssignment } from '../store/models';

export interface Actor {
  org: string;
  /** Pseudonymous user id from the token. */
  user: string;
  staff: boolean;
  /** The processing activity the request declares. */
  activity: string;
}

export type Decision = { allowed: true } | { allowed: false; code: ErrorCode; message: string };

const ALLOWED: Decision = { allowed: true };

function refuse(code: ErrorCode, message: string): Decision {
  return { allowed: false, code, message };
}

export const LEAD_ROLE: Readonly<Record<CoordinationModel, CaseRole>> = {
  MAIN_CONTRACTOR: 'MAIN_CONTRACTOR',
  RELAY: 'RELAY_HOLDER',
  DIRECTOR: 'DIRECTOR',
};

export const MODEL_ROLES: Readonly<Record<CoordinationModel, readonly CaseRole[]>> = {
  MAIN_CONTRACTOR: ['MAIN_CONTRACTOR', 'SUBCONTRACTOR'],
  RELAY: ['RELAY_HOLDER'],
  DIRECTOR: ['DIRECTOR', 'CONTRIBUTOR'],
};

export function isLeadRole(role: CaseRole): boolean {
  return role === 'MAIN_CONTRACTOR' || role === 'RELAY_HOLDER' || role === 'DIRECTOR';
}

/** A role confers something while it is active (not ended) and not past its `validUntil`. */
export function isInForce(assignment: RoleAssignment, now: Date): boolean {
  return assignment.endedAt === null && (assignment.validUntil === null || assignment.validUntil > now.toISOString());
}

/** The role `org` holds in force now, among a case's active assignments. */
export function roleInForce(assignments: readonly RoleAssignment[], org: string, now: Date): CaseRole | null {
  return assignments.find((a) => a.org === org && isInForce(a, now))?.role ?? null;
}

function notInModel(role: CaseRole, model: CoordinationModel): Decision {
  return refuse(ErrorCode.BAD_USER_INPUT, `A ${model} case has no ${role} role; its roles are ${MODEL_ROLES[model].join(' and ')}.`);
}

/** Assigning a role: the lead assigns the model's other role; staff may assign any, a lead role only as correction. */
export function mayAssign(actor: Actor, model: CoordinationModel, actorRole: CaseRole | null, role: CaseRole): Decision {
  if (!MODEL_ROLES[model].includes(role)) return notInModel(role, model);
  if (isLeadRole(role)) {
    return actor.staff
      ? ALLOWED
      : refuse(
          ErrorCode.FORBIDDEN,
          `The ${role} role changes only by handover or appointment; intermediary staff may correct it, with a reason.`,
        );
  }
  if (actor.staff || actorRole === LEAD_ROLE[model]) return ALLOWED;
  return refuse(ErrorCode.FORBIDDEN, `Only the ${LEAD_ROLE[model]} of this case (or intermediary staff) may assign a ${role}.`);
}

/** Revoking: never a lead role; otherwise whoever may assign that role. */
export function mayRevoke(actor: Actor, model: CoordinationModel, actorRole: CaseRole | null, role: CaseRole): Decision {
  if (isLeadRole(role)) {
    return refuse(ErrorCode.INVALID_TRANSITION, `A lead role (${role}) cannot be revoked; hand the case over or appoint another director.`);
  }
  return mayAssign(actor, model, actorRole, role);
}

export function mayProposeHandover(actor: Actor, model: CoordinationModel, actorRole: CaseRole | null, toOrg: string): Decision {
  if (model !== 'RELAY') return refuse(ErrorCode.INVALID_TRANSITION, `Handovers exist only in RELAY cases; this is a ${model} case.`);
  if (actorRole !== 'RELAY_HOLDER') return refuse(ErrorCode.FORBIDDEN, 'Only the current RELAY_HOLDER may propose a handover.');
  if (toOrg === actor.org)
    return refuse(ErrorCode.BAD_USER_INPUT, 'A case cannot be handed over to the organisation that holds it; name another partner.');
  return ALLOWED;
}

/** Accepting or rejecting: only the partner named in a pending, unexpired proposal. */
export function mayRespondToHandover(actor: Actor, chainCase: ChainCase, now: Date): Decision {
  if (chainCase.model !== 'RELAY')
    return refuse(ErrorCode.INVALID_TRANSITION, `Handovers exist only in RELAY cases; this is a ${chainCase.model} case.`);
  const proposal = chainCase.pendingHandover;
  if (!proposal) return refuse(ErrorCode.INVALID_TRANSITION, 'There is no pending handover in this case.');
  if (proposal.expiresAt <= now.toISOString()) {
    return refuse(ErrorCode.INVALID_TRANSITION, `The handover proposal expired at ${proposal.expiresAt}; the holder may propose again.`);
  }
  if (proposal.toOrg !== actor.org)
    return refuse(ErrorCode.FORBIDDEN, 'Only the partner the case is offered to may accept or reject the handover.');
  return ALLOWED;
}

export function mayAppointDirector(actor: Actor, model: CoordinationModel): Decision {
  if (model !== 'DIRECTOR') return refuse(ErrorCode.INVALID_TRANSITION, `Directors exist only in DIRECTOR cases; this is a ${model} case.`);
  if (!actor.staff) return refuse(ErrorCode.FORBIDDEN, 'Only intermediary staff may appoint a director.');
  return ALLOWED;
}

export function mayClose(actor: Actor, model: CoordinationModel, actorRole: CaseRole | null): Decision {
  if (actor.staff || actorRole === LEAD_ROLE[model]) return ALLOWED;
  return refuse(ErrorCode.FORBIDDEN, `Only the ${LEAD_ROLE[model]} of this case (or intermediary staff) may close it.`);
}

/**
 * Whether a role that `actor` gives `holder` is confirmed from the start: a role given by the intermediary's staff
 * is; a role given by another organisation is when that organisation's own role in the case is confirmed (so an
 * unconfirmed lead cannot launder its claim through a partner it assigns); a role an organisation gives itself
 * (opening a case, accepting nothing from anyone) is not.
 */
export function confirmedOnAssignment(actor: Actor, holder: string, actorConfirmed: boolean): boolean {
  return actor.staff || (holder !== actor.org && actorConfirmed);
}

/** Confirming a role: intermediary staff only, a role in force that is not confirmed yet. */
export function mayConfirm(actor: Actor, assignment: RoleAssignment, now: Date): Decision {
  if (!actor.staff) {
    return refuse(
      ErrorCode.FORBIDDEN,
      'Only intermediary staff may confirm a role; the data owner decides per field whether a confirmed role is needed.',
    );
  }
  if (!isInForce(assignment, now))
    return refuse(ErrorCode.INVALID_TRANSITION, 'That role is no longer in force; there is nothing to confirm.');
  if (assignment.confirmation) return refuse(ErrorCode.INVALID_TRANSITION, 'That role is confirmed already.');
  return ALLOWED;
}

/** A case is visible to staff, to every organisation that holds or held a role in it, and to a handover's addressee. */
export function mayView(actor: Actor, chainCase: ChainCase, everInvolved: boolean): boolean {
  return actor.staff || everInvolved || chainCase.pendingHandover?.toOrg === actor.org;
}
