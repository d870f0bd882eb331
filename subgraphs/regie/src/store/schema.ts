/** Table types of the intermediary's store (Kysely). Instants are ISO 8601 text in UTC; booleans are 0/1. */
export interface PartnerTable {
  oin: string;
  name: string;
  kind: string;
  subgraph: string | null;
  registered_at: string;
}

/** A chain case (ketenzaak). `version` increases with every change; a pending relay handover lives on the case. */
export interface ChainCaseTable {
  id: string;
  bsn: string;
  model: string;
  status: string;
  activity: string;
  version: number;
  opened_at: string;
  opened_by_org: string;
  opened_by_user: string;
  closed_at: string | null;
  closed_by_org: string | null;
  closed_by_user: string | null;
  handover_to_org: string | null;
  handover_proposed_at: string | null;
  handover_expires_at: string | null;
  handover_reason: string | null;
}

/** A role of an organisation in a case. Active while `ended_at` is null; confers something only until `valid_until`. */
export interface RoleAssignmentTable {
  id: string;
  case_id: string;
  /** Copied from the case, so the database itself can refuse roles of another model. */
  model: string;
  org: string;
  role: string;
  is_lead: number;
  valid_from: string;
  valid_until: string | null;
  assigned_by_org: string;
  assigned_by_user: string;
  reason: string;
  ended_at: string | null;
  ended_by_org: string | null;
  end_reason: string | null;
}

/** The append-only history of a case: one row per change, with the version it resulted in. */
export interface CaseEventTable {
  case_id: string;
  version: number;
  kind: string;
  at: string;
  actor_org: string;
  actor_user: string;
  subject_org: string | null;
  role: string | null;
  reason: string | null;
}

/**
 * A second party's confirmation of a role (one per assignment): staff, or the organisation that assigned the role
 * to another. Special-category data needs a confirmed role; a self-given role stays unconfirmed until confirmed.
 */
export interface RoleConfirmationTable {
  assignment_id: string;
  /** The role's holder, as on the assignment (the database refuses a holder confirming itself, unless staff). */
  org: string;
  confirmed_by_org: string;
  confirmed_by_user: string;
  confirmed_by_staff: number;
  confirmed_at: string;
  reason: string;
}

export interface RegieDatabase {
  partner: PartnerTable;
  chain_case: ChainCaseTable;
  role_assignment: RoleAssignmentTable;
  case_event: CaseEventTable;
  role_confirmation: RoleConfirmationTable;
}
