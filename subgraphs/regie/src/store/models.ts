/** The intermediary's domain models, as the repositories return them. Instants are ISO 8601 strings (UTC). */
import { type PartnerKind } from '../../../partners';

export interface Partner {
  oin: string;
  name: string;
  kind: PartnerKind;
  subgraph: string | null;
}

export const COORDINATION_MODELS = ['MAIN_CONTRACTOR', 'RELAY', 'DIRECTOR'] as const;
export type CoordinationModel = (typeof COORDINATION_MODELS)[number];

export const CASE_ROLES = ['MAIN_CONTRACTOR', 'SUBCONTRACTOR', 'RELAY_HOLDER', 'DIRECTOR', 'CONTRIBUTOR'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

export type CaseStatus = 'OPEN' | 'CLOSED';

export interface HandoverProposal {
  toOrg: string;
  proposedAt: string;
  expiresAt: string;
  reason: string;
}

export interface ChainCase {
  id: string;
  bsn: string;
  model: CoordinationModel;
  status: CaseStatus;
  activity: string;
  version: number;
  openedAt: string;
  openedByOrg: string;
  closedAt: string | null;
  closedByOrg: string | null;
  /** A relay handover waiting for the named partner; may have expired (see `expiresAt`). */
  pendingHandover: HandoverProposal | null;
}

export interface RoleAssignment {
  id: string;
  caseId: string;
  org: string;
  role: CaseRole;
  validFrom: string;
  validUntil: string | null;
  assignedByOrg: string;
  assignedByUser: string;
  reason: string;
  endedAt: string | null;
  /** Who confirmed the role, and when; null while it is unconfirmed (given by its holder to itself). */
  confirmation: RoleConfirmation | null;
}

export interface RoleConfirmation {
  byOrg: string;
  byUser: string;
  at: string;
}

export const CASE_EVENT_KINDS = [
  'CASE_OPENED',
  'ROLE_ASSIGNED',
  'ROLE_REVOKED',
  'LEAD_REPLACED',
  'HANDOVER_PROPOSED',
  'HANDOVER_ACCEPTED',
  'HANDOVER_REJECTED',
  'DIRECTOR_APPOINTED',
  'CASE_CLOSED',
  'ROLE_CONFIRMED',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface CaseEvent {
  caseId: string;
  version: number;
  kind: CaseEventKind;
  at: string;
  actorOrg: string;
  actorUser: string;
  subjectOrg: string | null;
  role: CaseRole | null;
  reason: string | null;
}

/** The roles an organisation holds, now, in open cases of one client: what the sharing checks ask. */
export interface ClientRoles {
  bsn: string;
  roles: Array<{ caseId: string; model: CoordinationModel; role: CaseRole; validUntil: string | null; confirmed: boolean }>;
}
