/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Citizen service number (burgerservicenummer): nine digits that pass the eleven-test. */
  BSN: { input: string; output: string; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC, e.g. "2026-01-31T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An amount in euros as a decimal string with two decimals, e.g. "1234.50". */
  Money: { input: string; output: string; }
  /** Organisation identification number (organisatie-identificatienummer): twenty digits. */
  OIN: { input: string; output: string; }
};

/**
 * A Dutch postal address.
 *
 * Disclosed (ORDINARY) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR, CONTRIBUTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
 */
export type Address = {
  __typename?: 'Address';
  /** City or town. */
  city: Scalars['String']['output'];
  /** House number, with any addition (e.g. "12A"). */
  houseNumber: Scalars['String']['output'];
  /** Postal code: four digits, a space and two letters (e.g. "1234 AB"). */
  postalCode: Scalars['String']['output'];
  /** Street name. */
  street: Scalars['String']['output'];
};

/**
 * An allowance for one year, paid as a monthly advance until the final assessment.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62).
 */
export type Allowance = {
  __typename?: 'Allowance';
  kind: AllowanceKind;
  /** The advance paid each month; it depends on the client's expected income. */
  monthlyAdvance: Scalars['Money']['output'];
  /** The calendar year the allowance is for. */
  year: Scalars['Int']['output'];
};

/** The kind of allowance (toeslag). */
export type AllowanceKind =
  /** Zorgtoeslag: a contribution to the health-insurance premium. */
  | 'CARE_ALLOWANCE'
  /** Huurtoeslag: a contribution to the rent. */
  | 'RENT_ALLOWANCE';

/**
 * The state pension under the Algemene Ouderdomswet (AOW).
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62).
 */
export type AowPension = {
  __typename?: 'AowPension';
  /** Share of the full pension accrued, 0 to 100: 2% per year insured between age 15 and the pension age. */
  accrualPercentage: Scalars['Int']['output'];
  /** Gross amount per month. */
  monthlyAmount: Scalars['Money']['output'];
  /** First day of the pension. */
  startDate: Scalars['Date']['output'];
};

/**
 * A benefit UWV pays or has paid to the client.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62).
 */
export type Benefit = {
  __typename?: 'Benefit';
  /**
   * The WIA disability class; null for WW. Health-derived: special category of personal data.
   *
   * Disclosed (SPECIAL_HEALTH) to: MAIN_CONTRACTOR, DIRECTOR in an open case of the client; for: bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62).
   */
  disabilityClass?: Maybe<DisabilityClass>;
  /** Last day of entitlement; null while the benefit runs. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Gross amount per month. */
  monthlyAmount: Scalars['Money']['output'];
  /** First day of entitlement. */
  startDate: Scalars['Date']['output'];
  /** The kind of benefit. */
  type: UwvBenefitType;
};

export type BusyOpener = {
  __typename?: 'BusyOpener';
  /** The most cases it opened within one window. */
  opened: Scalars['Int']['output'];
  organisation: Partner;
  windowMinutes: Scalars['Int']['output'];
  /** The first opening of that window. */
  windowStart: Scalars['DateTime']['output'];
};

/** A chain case (ketenzaak): one client, one coordination model, and the roles partners hold in it. */
export type Case = {
  __typename?: 'Case';
  /** The processing activity (register id) under which the case was opened. */
  activity: Scalars['String']['output'];
  client: Client;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<Partner>;
  /**
   * Every change to the case, oldest first (the latest 500): who did what for the client, and why. Shared for case work only, as the client's cases are.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  history: Array<CaseEvent>;
  id: Scalars['ID']['output'];
  /** The lead role's holder now. */
  lead?: Maybe<RoleAssignment>;
  model: CoordinationModel;
  openedAt: Scalars['DateTime']['output'];
  openedBy: Partner;
  /** A relay handover waiting for an answer; null when none is pending or it expired. */
  pendingHandover?: Maybe<HandoverProposal>;
  /** The roles in force now (ended and expired roles are in the history). */
  roles: Array<RoleAssignment>;
  status: CaseStatus;
  /** Increases with every change; pass it as expectedVersion to change the case. */
  version: Scalars['Int']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  pageInfo: PageInfo;
};

/** One change to a case: who made it, when, what and why, and the version it resulted in. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  actor: Partner;
  /** Pseudonymous id of the user who made the change. */
  actorUser: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: CaseEventKind;
  reason?: Maybe<Scalars['String']['output']>;
  role?: Maybe<CaseRole>;
  /** The organisation the change concerns (the role holder, the handover's addressee). */
  subject?: Maybe<Partner>;
  version: Scalars['Int']['output'];
};

export type CaseEventKind =
  | 'CASE_CLOSED'
  | 'CASE_OPENED'
  | 'DIRECTOR_APPOINTED'
  | 'HANDOVER_ACCEPTED'
  | 'HANDOVER_PROPOSED'
  | 'HANDOVER_REJECTED'
  | 'LEAD_REPLACED'
  | 'ROLE_ASSIGNED'
  | 'ROLE_CONFIRMED'
  | 'ROLE_REVOKED';

/** A role in a case. MAIN_CONTRACTOR, RELAY_HOLDER and DIRECTOR are lead roles: exactly one per open case. */
export type CaseRole =
  | 'CONTRIBUTOR'
  | 'DIRECTOR'
  | 'MAIN_CONTRACTOR'
  | 'RELAY_HOLDER'
  | 'SUBCONTRACTOR';

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/**
 * Child benefit (kinderbijslag) under the Algemene Kinderbijslagwet, paid per quarter.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64).
 */
export type ChildBenefit = {
  __typename?: 'ChildBenefit';
  /** Number of children the benefit is paid for. */
  numberOfChildren: Scalars['Int']['output'];
  /** Amount paid per quarter, for all children together. */
  quarterlyAmount: Scalars['Money']['output'];
};

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
  /**
   * The client's chain cases that you may see, newest first, at most 100: all for intermediary staff, otherwise those
   * your organisation holds or held a role in. This policy binds every way to a case at regie (`case`, `myCases`, the case mutations' answers)
   * and the role lookups (`rolesOf`): case data serves the case-work activities only.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  cases?: Maybe<Array<Case>>;
  /**
   * What the municipality records about this client; null when the municipality does not know the client.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  gemeente?: Maybe<GemeenteRecord>;
  /**
   * What the SVB records about this client; null when the SVB does not know the client.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  svb?: Maybe<SvbRecord>;
  /**
   * What the allowances office records about this client; null when the allowances office does not know the client.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  toeslagen?: Maybe<ToeslagenRecord>;
  /**
   * What UWV records about this client; null when UWV does not know the client.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  uwv?: Maybe<UwvRecord>;
  /**
   * What the housing corporation records about this client; null when the housing corporation does not know the client.
   *
   * Disclosed (ORDINARY) to: any role in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
   */
  woningcorporatie?: Maybe<WoningcorporatieRecord>;
};

export type ClientRole = {
  __typename?: 'ClientRole';
  caseId: Scalars['ID']['output'];
  /** Whether a second party confirmed the role: special-category data needs a confirmed role. */
  confirmed: Scalars['Boolean']['output'];
  model: CoordinationModel;
  role: CaseRole;
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** The roles an organisation holds now in open cases of one client. */
export type ClientRoles = {
  __typename?: 'ClientRoles';
  bsn: Scalars['BSN']['output'];
  roles: Array<ClientRole>;
};

/**
 * A collection step taken on a date.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62).
 */
export type CollectionStep = {
  __typename?: 'CollectionStep';
  /** The date the step was taken. */
  date: Scalars['Date']['output'];
  step: CollectionStepType;
};

/** A step in collecting rent arrears, in the usual order of escalation. */
export type CollectionStepType =
  /** The claim handed to a bailiff (deurwaarder). */
  | 'BAILIFF'
  /** A visit at home by the housing corporation (huisbezoek). */
  | 'HOUSE_VISIT'
  /** Referral to the municipality's debt help, with the client's consent (vroegsignalering). */
  | 'REFERRAL_TO_DEBT_HELP'
  /** First written reminder (herinnering). */
  | 'REMINDER'
  /** Second written reminder (aanmaning). */
  | 'SECOND_REMINDER';

/** How a case is coordinated. */
export type CoordinationModel =
  /** Regisseur: a director (the intermediary or an appointed partner) directs the contributors. */
  | 'DIRECTOR'
  /** Hoofdaannemer: the intake partner takes responsibility and directs subcontractors. */
  | 'MAIN_CONTRACTOR'
  /** Estafette: responsibility is handed from one partner to the next; one holder at a time. */
  | 'RELAY';

/** The kind of personal data a field carries (AVG/GDPR): special categories and criminal data need explicit roles. */
export type DataCategory =
  | 'CRIMINAL'
  | 'FINANCIAL'
  | 'ORDINARY'
  | 'SPECIAL_HEALTH';

export type DebtHelpStatus =
  | 'AFTERCARE'
  | 'CLOSED'
  | 'DEBT_ARRANGEMENT'
  | 'REGISTERED'
  | 'STABILISATION';

/** Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR, CONTRIBUTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62). */
export type DebtHelpTrajectory = {
  __typename?: 'DebtHelpTrajectory';
  creditorCount: Scalars['Int']['output'];
  startDate: Scalars['Date']['output'];
  status: DebtHelpStatus;
  /** Total debt known to the debt counsellor. */
  totalDebt: Scalars['Money']['output'];
};

/**
 * The WIA disability class: the percentage of earning capacity lost, as assessed by UWV's insurance physician.
 * Health-derived: special category of personal data.
 */
export type DisabilityClass =
  | 'CLASS_35_45'
  | 'CLASS_45_55'
  | 'CLASS_55_65'
  | 'CLASS_65_80'
  | 'CLASS_80_100';

/** A case role that may receive data, or ANY_ROLE for every role in an open case of the client. */
export type DiscloseRole =
  | 'ANY_ROLE'
  | 'CONTRIBUTOR'
  | 'DIRECTOR'
  | 'MAIN_CONTRACTOR'
  | 'RELAY_HOLDER'
  | 'SUBCONTRACTOR';

/** One answer a partner gave about the citizen: which of the citizen's fields it disclosed or refused, to whom, when and why. */
export type Disclosure = {
  __typename?: 'Disclosure';
  /** The processing activity declared for the request (register id). */
  activity: Scalars['String']['output'];
  /** The activity's version in the register when the data was disclosed. */
  activityVersion: Scalars['Int']['output'];
  /** When the answer left the partner. */
  at: Scalars['DateTime']['output'];
  /** The fields disclosed, as schema coordinates (Type.field). */
  fields: Array<Scalars['String']['output']>;
  /** The legal basis (grondslag) of the activity, from the register at the time of asking. */
  legalBasis: Scalars['String']['output'];
  /** The activity's name and purpose, from the register at the time of asking. */
  purpose: Scalars['String']['output'];
  /** The organisation that asked (OIN). */
  recipient: Scalars['OIN']['output'];
  /** The fields the partner refused to disclose. */
  refusedFields: Array<Scalars['String']['output']>;
  /** DISCLOSED, PARTIALLY_DISCLOSED or REFUSED. */
  status: Scalars['String']['output'];
  /** The W3C trace id: the same in every partner's log and in the gateway's audit log for one request. */
  traceId: Scalars['String']['output'];
};

/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiry = {
  __typename?: 'DisclosureInquiry';
  bsn: Scalars['BSN']['output'];
  /** What gemeente disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  gemeente: PartnerDisclosures;
  /** What regie disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  regie: PartnerDisclosures;
  /** What svb disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  svb: PartnerDisclosures;
  /** What toeslagen disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  toeslagen: PartnerDisclosures;
  /** What uwv disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  uwv: PartnerDisclosures;
  /** What woningcorporatie disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  woningcorporatie: PartnerDisclosures;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryGemeenteArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryRegieArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquirySvbArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryToeslagenArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryUwvArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryWoningcorporatieArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** The municipality's section of a client's dossier. */
export type GemeenteRecord = {
  __typename?: 'GemeenteRecord';
  /** The debt-help trajectory (schuldhulpverlening); null when there is none. */
  debtHelp?: Maybe<DebtHelpTrajectory>;
  /** Social assistance (bijstand) under the Participatiewet; null when the client has none on record. */
  socialAssistance?: Maybe<SocialAssistance>;
  /** Support under the Wet maatschappelijke ondersteuning (Wmo), newest first. */
  wmoSupport?: Maybe<Array<WmoSupport>>;
};

export type HandoverProposal = {
  __typename?: 'HandoverProposal';
  expiresAt: Scalars['DateTime']['output'];
  proposedAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  to: Partner;
};

/** Household situation that determines the Participatiewet norm amount. */
export type HouseholdType =
  | 'COUPLE'
  | 'SINGLE'
  | 'SINGLE_PARENT';

/**
 * An income relation with an employer, as reported to UWV's payroll records.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64).
 */
export type IncomeRelation = {
  __typename?: 'IncomeRelation';
  /** The employer's trade name. */
  employer: Scalars['String']['output'];
  /** Last day of employment; null while it lasts. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Contractual working hours per week. */
  hoursPerWeek: Scalars['Int']['output'];
  /** Gross wage per month. */
  monthlyWage: Scalars['Money']['output'];
  /** First day of employment. */
  startDate: Scalars['Date']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** RELAY cases: the partner the case is offered to takes it over; the old holder's role ends. */
  acceptHandover: Case;
  /** DIRECTOR cases, staff only: appoints another director; the previous director's role ends. */
  appointDirector: Case;
  /**
   * Gives an organisation a role in the case: the main contractor assigns subcontractors, the director assigns
   * contributors; staff may assign any role of the model, a lead role only as a correction that replaces the lead.
   */
  assignRole: Case;
  /** Closes the case (its lead or staff). All roles end; a closed case changes no more. */
  closeCase: Case;
  /**
   * Intermediary staff only: confirms, as a second party, a role its holder gave itself (by opening the case). A
   * confirmed role also unlocks special-category data; the confirmation is in the case history.
   */
  confirmRole: Case;
  /**
   * Opens a case for a client. MAIN_CONTRACTOR: your organisation becomes main contractor. RELAY: your organisation
   * becomes the first relay holder. DIRECTOR: the intermediary becomes director (staff may name a partner as
   * director instead), and your organisation, if it is not the director, a contributor. A partner opens a case only
   * for a client its own subgraph knows (regie asks it); otherwise FORBIDDEN, and the intermediary's staff open the
   * case, naming the lead (`lead`, for MAIN_CONTRACTOR and RELAY) or the director. A role an organisation gives itself
   * is unconfirmed: it unlocks no special-category data until staff confirm it (`confirmRole`).
   */
  openCase: Case;
  /** RELAY cases: the current holder offers the case to another partner. The offer expires after a configured time. */
  proposeHandover: Case;
  /** RELAY cases: the partner the case is offered to declines it; the holder keeps the case. */
  rejectHandover: Case;
  /** Ends a role; allowed to whoever may assign it. A lead role cannot be revoked, only handed over or reappointed. */
  revokeRole: Case;
};


export type MutationAcceptHandoverArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationAppointDirectorArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  org: Scalars['OIN']['input'];
  reason: Scalars['String']['input'];
};


export type MutationAssignRoleArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  org: Scalars['OIN']['input'];
  reason: Scalars['String']['input'];
  role: CaseRole;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationConfirmRoleArgs = {
  assignmentId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOpenCaseArgs = {
  activity: Scalars['String']['input'];
  bsn: Scalars['BSN']['input'];
  director?: InputMaybe<Scalars['OIN']['input']>;
  lead?: InputMaybe<Scalars['OIN']['input']>;
  model: CoordinationModel;
  reason: Scalars['String']['input'];
};


export type MutationProposeHandoverArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  toOrg: Scalars['OIN']['input'];
};


export type MutationRejectHandoverArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeRoleArgs = {
  assignmentId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation in the chain. */
export type Partner = {
  __typename?: 'Partner';
  kind: PartnerKind;
  name: Scalars['String']['output'];
  oin: Scalars['OIN']['output'];
  /** The subgraph through which this partner shares data; null for partners that only receive. */
  subgraph?: Maybe<Scalars['String']['output']>;
};

/** What one partner's processing log says it disclosed about a citizen, read from that partner's own log when asked. Activities the register marks confidential are left out, and records past their retention period are gone. */
export type PartnerDisclosures = {
  __typename?: 'PartnerDisclosures';
  /** Disclosures and refusals, newest first. */
  disclosures: Array<Disclosure>;
  /** The partner that answers (its subgraph's name). */
  partner: Scalars['String']['output'];
  /** True when there were more than the limit; ask again with an earlier `before`. */
  truncated: Scalars['Boolean']['output'];
};

export type PartnerKind =
  | 'ALLOWANCES_OFFICE'
  | 'DEBT_COUNSELLING'
  | 'EMPLOYMENT_AGENCY'
  | 'HOUSING_CORPORATION'
  | 'INTERMEDIARY'
  | 'MUNICIPALITY'
  | 'SOCIAL_INSURANCE_BANK';

export type Query = {
  __typename?: 'Query';
  /** One case, if your organisation holds or held a role in it (or is offered it, or you are intermediary staff); null when it does not exist. */
  case?: Maybe<Case>;
  /** The client with this BSN. Each partner adds its own section, which is null when that partner does not know the client. */
  client: Client;
  /** Several clients at once (at most 1000), in the order asked. */
  clients: Array<Client>;
  /** A citizen's inquiry: per partner, what it disclosed about this BSN, answered from each partner's own processing log. Only the citizen themselves (a citizen's token for this BSN) or the intermediary's staff, under the activity `inzage-betrokkene`; anyone else gets FORBIDDEN. */
  disclosureInquiry: DisclosureInquiry;
  /** Cases in which your organisation holds a role now, newest first. */
  myCases: CaseConnection;
  /** One organisation by OIN; null when it is not registered. */
  partner?: Maybe<Partner>;
  /** Every organisation registered in the chain. */
  partners: Array<Partner>;
  /**
   * Open relay cases whose holder offers them to your organisation, with the offer still unexpired (`pendingHandover`),
   * soonest expiry first, at most `first` (1 to 100): what waits for your answer (`acceptHandover`, `rejectHandover`)
   * across all clients. Intermediary staff see every pending handover in the chain. Case data, so for case work only.
   */
  pendingHandovers: Array<Case>;
  /**
   * The roles your organisation holds now, in open cases opened for the activity this request declares, for each of
   * these clients (at most 1000): what the partners' sharing checks ask, in one batch. Only for your own
   * organisation (staff may ask for any).
   */
  rolesOf: Array<ClientRoles>;
  /**
   * Intermediary staff only: organisations that opened more cases than the configured threshold within the
   * configured window, and cases closed soon after they were opened, since `since` (at most 31 days back).
   */
  unusualActivity: UnusualActivity;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientArgs = {
  bsn: Scalars['BSN']['input'];
};


export type QueryClientsArgs = {
  bsns: Array<Scalars['BSN']['input']>;
};


export type QueryDisclosureInquiryArgs = {
  bsn: Scalars['BSN']['input'];
};


export type QueryMyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryPartnerArgs = {
  oin: Scalars['OIN']['input'];
};


export type QueryPendingHandoversArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRolesOfArgs = {
  bsns: Array<Scalars['BSN']['input']>;
  org: Scalars['OIN']['input'];
};


export type QueryUnusualActivityArgs = {
  since: Scalars['DateTime']['input'];
};

/** A case closed soon after it was opened. No client data: look the case up (staff) to see more. */
export type QuickClose = {
  __typename?: 'QuickClose';
  activity: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  closedAt: Scalars['DateTime']['output'];
  closedBy: Partner;
  model: CoordinationModel;
  openedAt: Scalars['DateTime']['output'];
  openedBy: Partner;
};

/**
 * An allowance paid in excess, found at the final assessment of a year, that the client has to pay back.
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62).
 */
export type Recovery = {
  __typename?: 'Recovery';
  /** The kind of allowance that was paid in excess. */
  allowanceKind: AllowanceKind;
  /** What is still to be paid back. */
  amountOutstanding: Scalars['Money']['output'];
  /** The amount to be paid back as first assessed. */
  originalAmount: Scalars['Money']['output'];
  /** True when the client pays back in instalments under a payment arrangement (betalingsregeling). */
  paymentArrangement: Scalars['Boolean']['output'];
  /** The calendar year of the allowance that was paid in excess. */
  year: Scalars['Int']['output'];
};

/**
 * Rent that fell due and was not paid (huurachterstand).
 *
 * Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62).
 */
export type RentArrears = {
  __typename?: 'RentArrears';
  /** The total amount in arrears. */
  amount: Scalars['Money']['output'];
  /** The collection steps taken so far, oldest first. */
  collectionSteps?: Maybe<Array<CollectionStep>>;
  /** The number of months of rent in arrears. */
  months: Scalars['Int']['output'];
};

export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  assignedBy: Partner;
  /** Pseudonymous id of the user who assigned the role. */
  assignedByUser: Scalars['String']['output'];
  /** True when a second party confirmed the role (staff, or whoever gave it with a confirmed role of their own); only a confirmed role unlocks special-category data. */
  confirmed: Scalars['Boolean']['output'];
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation that confirmed the role; null while it is unconfirmed. */
  confirmedBy?: Maybe<Partner>;
  id: Scalars['ID']['output'];
  organisation: Partner;
  reason: Scalars['String']['output'];
  role: CaseRole;
  validFrom: Scalars['DateTime']['output'];
  /** The role confers nothing after this moment; null for an open-ended role. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** Disclosed (FINANCIAL) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62). */
export type SocialAssistance = {
  __typename?: 'SocialAssistance';
  endDate?: Maybe<Scalars['Date']['output']>;
  household: HouseholdType;
  /** Monthly norm amount that applies to this household. */
  normAmount: Scalars['Money']['output'];
  startDate: Scalars['Date']['output'];
  status: SocialAssistanceStatus;
};

export type SocialAssistanceStatus =
  | 'APPLIED'
  | 'ENDED'
  | 'GRANTED'
  | 'REJECTED'
  | 'SUSPENDED';

/** The SVB's section of a client's dossier. */
export type SvbRecord = {
  __typename?: 'SvbRecord';
  /** The state pension (AOW); null when the client receives none. */
  aow?: Maybe<AowPension>;
  /** Child benefit (kinderbijslag); null when the client receives none. */
  childBenefit?: Maybe<ChildBenefit>;
};

/**
 * A tenancy agreement (huurovereenkomst) for a dwelling of the housing corporation.
 *
 * Disclosed (ORDINARY) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR, SUBCONTRACTOR, CONTRIBUTOR in an open case of the client; for: schuldhulp-intake (Wet gemeentelijke schuldhulpverlening art. 7a); vroegsignalering (Wet gemeentelijke schuldhulpverlening art. 3a); estafette-overdracht (Wet SUWI art. 62); ketencoordinatie (Wet SUWI art. 62).
 */
export type Tenancy = {
  __typename?: 'Tenancy';
  /** The address of the rented dwelling, which is where the client lives. */
  address: Address;
  /** The rent due each month, service costs included. */
  monthlyRent: Scalars['Money']['output'];
  /** The date the tenancy started. */
  startDate: Scalars['Date']['output'];
};

/** The allowances office's section of a client's dossier. */
export type ToeslagenRecord = {
  __typename?: 'ToeslagenRecord';
  /** Allowances granted to the client, one per kind and year, newest year first. */
  allowances?: Maybe<Array<Allowance>>;
  /** Allowances paid in excess that the client has to pay back (terugvorderingen), newest year first. */
  recoveries?: Maybe<Array<Recovery>>;
};

/** What staff look at for signs of roles being collected: the thresholds are settings (UNUSUAL_* in the configuration). */
export type UnusualActivity = {
  __typename?: 'UnusualActivity';
  /** Organisations that opened more cases than the threshold within one window, busiest first. */
  busyOpeners: Array<BusyOpener>;
  /** Cases closed within the configured time of their opening, newest first (at most 500). */
  quickCloses: Array<QuickClose>;
  since: Scalars['DateTime']['output'];
};

/** The kind of benefit UWV pays. */
export type UwvBenefitType =
  /** WIA benefit for the fully and permanently disabled (Inkomensvoorziening Volledig Arbeidsongeschikten). */
  | 'WIA_IVA'
  /** WIA benefit for the partially or not permanently disabled (Werkhervatting Gedeeltelijk Arbeidsgeschikten). */
  | 'WIA_WGA'
  /** Unemployment benefit (Werkloosheidswet). */
  | 'WW';

/** UWV's section of a client's dossier. */
export type UwvRecord = {
  __typename?: 'UwvRecord';
  /** Benefits paid by UWV (WW, WIA), newest first. */
  benefits?: Maybe<Array<Benefit>>;
  /** Income relations (inkomstenverhoudingen) from the payroll records (polisadministratie), newest first. */
  incomeRelations?: Maybe<Array<IncomeRelation>>;
};

/** Disclosed (ORDINARY) to: MAIN_CONTRACTOR, RELAY_HOLDER, DIRECTOR in an open case of the client; for: bijstand-beoordeling (Participatiewet art. 64); estafette-overdracht (Wet SUWI art. 62). */
export type WmoSupport = {
  __typename?: 'WmoSupport';
  endDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The health limitation the support answers to. Special category (health data).
   *
   * Disclosed (SPECIAL_HEALTH) to: MAIN_CONTRACTOR, DIRECTOR in an open case of the client; for: bijstand-beoordeling (Participatiewet art. 64).
   */
  healthLimitation?: Maybe<Scalars['String']['output']>;
  startDate: Scalars['Date']['output'];
  type: WmoSupportType;
};

export type WmoSupportType =
  | 'DAY_ACTIVITIES'
  | 'HOME_ADAPTATION'
  | 'HOUSEHOLD_HELP'
  | 'MOBILITY_AID'
  | 'SUPPORTED_LIVING';

/** The housing corporation's section of a client's dossier. */
export type WoningcorporatieRecord = {
  __typename?: 'WoningcorporatieRecord';
  /** Rent the client owes the housing corporation; null when there are no arrears. */
  rentArrears?: Maybe<RentArrears>;
  /** The client's current tenancy with the housing corporation; null when the client rents nothing from it. */
  tenancy?: Maybe<Tenancy>;
};

export type AssistanceAssessmentQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type AssistanceAssessmentQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string, gemeente?: { __typename?: 'GemeenteRecord', socialAssistance?: { __typename?: 'SocialAssistance', status: SocialAssistanceStatus, normAmount: string, household: HouseholdType } | null, wmoSupport?: Array<{ __typename?: 'WmoSupport', type: WmoSupportType, startDate: string, healthLimitation?: string | null }> | null } | null, uwv?: { __typename?: 'UwvRecord', benefits?: Array<{ __typename?: 'Benefit', type: UwvBenefitType, monthlyAmount: string, disabilityClass?: DisabilityClass | null }> | null, incomeRelations?: Array<{ __typename?: 'IncomeRelation', employer: string, monthlyWage: string }> | null } | null, svb?: { __typename?: 'SvbRecord', aow?: { __typename?: 'AowPension', monthlyAmount: string } | null, childBenefit?: { __typename?: 'ChildBenefit', numberOfChildren: number } | null } | null, toeslagen?: { __typename?: 'ToeslagenRecord', allowances?: Array<{ __typename?: 'Allowance', kind: AllowanceKind, year: number, monthlyAdvance: string }> | null } | null } };

export type ClientCaseWorkQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type ClientCaseWorkQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string, cases?: Array<{ __typename?: 'Case', openedAt: string, id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, openedBy: { __typename?: 'Partner', oin: string }, history: Array<{ __typename?: 'CaseEvent', version: number, kind: CaseEventKind, at: string, role?: CaseRole | null, reason?: string | null, actor: { __typename?: 'Partner', oin: string }, subject?: { __typename?: 'Partner', oin: string } | null }>, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null }> | null } };

export type CaseStateFragment = { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null };

export type OpenCaseMutationVariables = Exact<{
  bsn: Scalars['BSN']['input'];
  model: CoordinationModel;
  activity: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  director?: InputMaybe<Scalars['OIN']['input']>;
}>;


export type OpenCaseMutation = { __typename?: 'Mutation', openCase: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type AssignRoleMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  org: Scalars['OIN']['input'];
  role: CaseRole;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AssignRoleMutation = { __typename?: 'Mutation', assignRole: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type RevokeRoleMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type ProposeHandoverMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  toOrg: Scalars['OIN']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ProposeHandoverMutation = { __typename?: 'Mutation', proposeHandover: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type AcceptHandoverMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AcceptHandoverMutation = { __typename?: 'Mutation', acceptHandover: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type RejectHandoverMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RejectHandoverMutation = { __typename?: 'Mutation', rejectHandover: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type AppointDirectorMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  org: Scalars['OIN']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AppointDirectorMutation = { __typename?: 'Mutation', appointDirector: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type CloseCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type CloseCaseMutation = { __typename?: 'Mutation', closeCase: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type CaseDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailsQuery = { __typename?: 'Query', case?: { __typename?: 'Case', openedAt: string, closedAt?: string | null, id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, openedBy: { __typename?: 'Partner', oin: string }, closedBy?: { __typename?: 'Partner', oin: string } | null, history: Array<{ __typename?: 'CaseEvent', version: number, kind: CaseEventKind, at: string, actorUser: string, role?: CaseRole | null, reason?: string | null, actor: { __typename?: 'Partner', oin: string }, subject?: { __typename?: 'Partner', oin: string } | null }>, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } | null };

export type MyCasesQueryVariables = Exact<{
  status?: InputMaybe<CaseStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCasesQuery = { __typename?: 'Query', myCases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, status: CaseStatus }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RolesOfQueryVariables = Exact<{
  org: Scalars['OIN']['input'];
  bsns: Array<Scalars['BSN']['input']> | Scalars['BSN']['input'];
}>;


export type RolesOfQuery = { __typename?: 'Query', rolesOf: Array<{ __typename?: 'ClientRoles', bsn: string, roles: Array<{ __typename?: 'ClientRole', caseId: string, model: CoordinationModel, role: CaseRole, validUntil?: string | null }> }> };

export type ClientCasesQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type ClientCasesQuery = { __typename?: 'Query', client: { __typename?: 'Client', cases?: Array<{ __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus }> | null } };

export type ClientBsnQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type ClientBsnQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string } };

export type ClientsOverviewQueryVariables = Exact<{
  bsns: Array<Scalars['BSN']['input']> | Scalars['BSN']['input'];
}>;


export type ClientsOverviewQuery = { __typename?: 'Query', clients: Array<{ __typename?: 'Client', bsn: string, gemeente?: { __typename?: 'GemeenteRecord', debtHelp?: { __typename?: 'DebtHelpTrajectory', status: DebtHelpStatus, totalDebt: string } | null } | null, uwv?: { __typename?: 'UwvRecord', benefits?: Array<{ __typename?: 'Benefit', type: UwvBenefitType, monthlyAmount: string }> | null } | null, svb?: { __typename?: 'SvbRecord', aow?: { __typename?: 'AowPension', monthlyAmount: string } | null } | null, toeslagen?: { __typename?: 'ToeslagenRecord', allowances?: Array<{ __typename?: 'Allowance', kind: AllowanceKind, year: number }> | null } | null, woningcorporatie?: { __typename?: 'WoningcorporatieRecord', rentArrears?: { __typename?: 'RentArrears', amount: string, collectionSteps?: Array<{ __typename?: 'CollectionStep', step: CollectionStepType }> | null } | null } | null }> };

export type DisclosureInquiryQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DisclosureInquiryQuery = { __typename?: 'Query', disclosureInquiry: { __typename?: 'DisclosureInquiry', bsn: string, regie: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> }, gemeente: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> }, uwv: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> }, svb: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> }, toeslagen: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> }, woningcorporatie: { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> } } };

export type PartnerDisclosuresPartsFragment = { __typename?: 'PartnerDisclosures', partner: string, truncated: boolean, disclosures: Array<{ __typename?: 'Disclosure', at: string, recipient: string, activity: string, activityVersion: number, purpose: string, legalBasis: string, status: string, fields: Array<string>, refusedFields: Array<string>, traceId: string }> };

export type DossierQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type DossierQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string, gemeente?: { __typename?: 'GemeenteRecord', socialAssistance?: { __typename?: 'SocialAssistance', status: SocialAssistanceStatus, startDate: string, endDate?: string | null, normAmount: string, household: HouseholdType } | null, debtHelp?: { __typename?: 'DebtHelpTrajectory', status: DebtHelpStatus, startDate: string, totalDebt: string, creditorCount: number } | null } | null, uwv?: { __typename?: 'UwvRecord', benefits?: Array<{ __typename?: 'Benefit', type: UwvBenefitType, startDate: string, endDate?: string | null, monthlyAmount: string }> | null, incomeRelations?: Array<{ __typename?: 'IncomeRelation', employer: string, startDate: string, endDate?: string | null, monthlyWage: string, hoursPerWeek: number }> | null } | null, svb?: { __typename?: 'SvbRecord', aow?: { __typename?: 'AowPension', startDate: string, monthlyAmount: string, accrualPercentage: number } | null, childBenefit?: { __typename?: 'ChildBenefit', numberOfChildren: number, quarterlyAmount: string } | null } | null, toeslagen?: { __typename?: 'ToeslagenRecord', allowances?: Array<{ __typename?: 'Allowance', kind: AllowanceKind, year: number, monthlyAdvance: string }> | null, recoveries?: Array<{ __typename?: 'Recovery', allowanceKind: AllowanceKind, year: number, originalAmount: string, amountOutstanding: string, paymentArrangement: boolean }> | null } | null, woningcorporatie?: { __typename?: 'WoningcorporatieRecord', tenancy?: { __typename?: 'Tenancy', startDate: string, monthlyRent: string, address: { __typename?: 'Address', street: string, houseNumber: string, postalCode: string, city: string } } | null, rentArrears?: { __typename?: 'RentArrears', amount: string, months: number, collectionSteps?: Array<{ __typename?: 'CollectionStep', step: CollectionStepType, date: string }> | null } | null } | null } };

export type PartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQuery = { __typename?: 'Query', partners: Array<{ __typename?: 'Partner', oin: string, name: string, kind: PartnerKind, subgraph?: string | null }> };

export type PendingHandoversQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PendingHandoversQuery = { __typename?: 'Query', pendingHandovers: Array<{ __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null }> };

export type OpenCaseForMutationVariables = Exact<{
  bsn: Scalars['BSN']['input'];
  model: CoordinationModel;
  activity: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  lead: Scalars['OIN']['input'];
}>;


export type OpenCaseForMutation = { __typename?: 'Mutation', openCase: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type ConfirmRoleMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ConfirmRoleMutation = { __typename?: 'Mutation', confirmRole: { __typename?: 'Case', id: string, model: CoordinationModel, status: CaseStatus, version: number, activity: string, client: { __typename?: 'Client', bsn: string }, lead?: { __typename?: 'RoleAssignment', id: string, role: CaseRole, organisation: { __typename?: 'Partner', oin: string } } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, validUntil?: string | null, organisation: { __typename?: 'Partner', oin: string } }>, pendingHandover?: { __typename?: 'HandoverProposal', expiresAt: string, reason: string, to: { __typename?: 'Partner', oin: string } } | null } };

export type CaseConfirmationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseConfirmationsQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, version: number, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: CaseRole, confirmed: boolean, confirmedAt?: string | null, organisation: { __typename?: 'Partner', oin: string }, confirmedBy?: { __typename?: 'Partner', oin: string } | null }>, history: Array<{ __typename?: 'CaseEvent', version: number, kind: CaseEventKind, actorUser: string, role?: CaseRole | null, reason?: string | null, actor: { __typename?: 'Partner', oin: string }, subject?: { __typename?: 'Partner', oin: string } | null }> } | null };

export type UnusualActivityQueryVariables = Exact<{
  since: Scalars['DateTime']['input'];
}>;


export type UnusualActivityQuery = { __typename?: 'Query', unusualActivity: { __typename?: 'UnusualActivity', since: string, busyOpeners: Array<{ __typename?: 'BusyOpener', opened: number, windowStart: string, windowMinutes: number, organisation: { __typename?: 'Partner', oin: string, name: string } }>, quickCloses: Array<{ __typename?: 'QuickClose', caseId: string, model: CoordinationModel, activity: string, openedAt: string, closedAt: string, openedBy: { __typename?: 'Partner', oin: string }, closedBy: { __typename?: 'Partner', oin: string } }> } };

export type IntakeViewQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type IntakeViewQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string, gemeente?: { __typename?: 'GemeenteRecord', socialAssistance?: { __typename?: 'SocialAssistance', status: SocialAssistanceStatus } | null, debtHelp?: { __typename?: 'DebtHelpTrajectory', totalDebt: string } | null } | null, uwv?: { __typename?: 'UwvRecord', benefits?: Array<{ __typename?: 'Benefit', type: UwvBenefitType }> | null, incomeRelations?: Array<{ __typename?: 'IncomeRelation', employer: string }> | null } | null, svb?: { __typename?: 'SvbRecord', aow?: { __typename?: 'AowPension', monthlyAmount: string } | null, childBenefit?: { __typename?: 'ChildBenefit', numberOfChildren: number } | null } | null, toeslagen?: { __typename?: 'ToeslagenRecord', allowances?: Array<{ __typename?: 'Allowance', year: number }> | null, recoveries?: Array<{ __typename?: 'Recovery', amountOutstanding: string }> | null } | null, woningcorporatie?: { __typename?: 'WoningcorporatieRecord', tenancy?: { __typename?: 'Tenancy', monthlyRent: string } | null, rentArrears?: { __typename?: 'RentArrears', amount: string } | null } | null } };

export type CoordinationViewQueryVariables = Exact<{
  bsn: Scalars['BSN']['input'];
}>;


export type CoordinationViewQuery = { __typename?: 'Query', client: { __typename?: 'Client', bsn: string, gemeente?: { __typename: 'GemeenteRecord' } | null, woningcorporatie?: { __typename?: 'WoningcorporatieRecord', tenancy?: { __typename?: 'Tenancy', address: { __typename?: 'Address', city: string } } | null } | null, cases?: Array<{ __typename?: 'Case', id: string }> | null } };

export const CaseStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseStateFragment, unknown>;
export const PartnerDisclosuresPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerDisclosuresParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDisclosures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"activityVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"refusedFields"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]} as unknown as DocumentNode<PartnerDisclosuresPartsFragment, unknown>;
export const AssistanceAssessmentDocument = {"__meta__":{"hash":"e64ac7768e30116d52312afab2508fa247ef5f375c127d329f0163bf49fafc9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"normAmount"}},{"kind":"Field","name":{"kind":"Name","value":"household"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wmoSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"healthLimitation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uwv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityClass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"svb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberOfChildren"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toeslagen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAdvance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceAssessmentQuery, AssistanceAssessmentQueryVariables>;
export const ClientCaseWorkDocument = {"__meta__":{"hash":"9a41109003259ccff50935b525d3e3e464e8e783cadc845418ab066196199559"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCaseWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ClientCaseWorkQuery, ClientCaseWorkQueryVariables>;
export const OpenCaseDocument = {"__meta__":{"hash":"319048dda565e48e492957c6add725ddd7dc10b355487efc130b9df2cfbdc120"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationModel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"director"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"Argument","name":{"kind":"Name","value":"activity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activity"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"director"},"value":{"kind":"Variable","name":{"kind":"Name","value":"director"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const AssignRoleDocument = {"__meta__":{"hash":"162de927378bd8366fac8c2b87bd3c21b3b3fcccbd544b84fd22e76b99060445"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"org"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const RevokeRoleDocument = {"__meta__":{"hash":"4b6cd40bb4a1d8237a39d2591e556f01bd36b2de6b896cbd36681ec876ba3fca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ProposeHandoverDocument = {"__meta__":{"hash":"2301ce0b7282a375965d7e7b546178a5dd5a117654981d6e91d2a05e56a52474"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toOrg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toOrg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toOrg"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ProposeHandoverMutation, ProposeHandoverMutationVariables>;
export const AcceptHandoverDocument = {"__meta__":{"hash":"e5d6f467fe92ef06ab2752998f5d4f0bc5377ddeaec93c651fed37513159c33c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AcceptHandoverMutation, AcceptHandoverMutationVariables>;
export const RejectHandoverDocument = {"__meta__":{"hash":"ba20f529c3d36e8d4ebd2c22a29a1ad620ce32a702feba9519cbdf445029ff8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RejectHandoverMutation, RejectHandoverMutationVariables>;
export const AppointDirectorDocument = {"__meta__":{"hash":"1e7bb63e050edd8c2c2ee0629656be7855c44be244d14f647689600dfafeff52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointDirector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointDirector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"org"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AppointDirectorMutation, AppointDirectorMutationVariables>;
export const CloseCaseDocument = {"__meta__":{"hash":"52b85cdb1986192aacdd98d48dbc0ea0ee01dcf57f8b15a6c4ea94bb1c13f4a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const CaseDetailsDocument = {"__meta__":{"hash":"a2842bf0f14ea2f30e208c82baa7ff988ab728445007d39c653fa44c15c8553c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorUser"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseDetailsQuery, CaseDetailsQueryVariables>;
export const MyCasesDocument = {"__meta__":{"hash":"65ef9954c9abe01ee41f96c4ab40e06b505994ff9f89d4a498ca6979fb5b8d6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const RolesOfDocument = {"__meta__":{"hash":"4defc6c6861589e8fa393f6af0ab82f1a539140d419799dbdbb332307970987f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolesOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"org"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"bsns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<RolesOfQuery, RolesOfQueryVariables>;
export const ClientCasesDocument = {"__meta__":{"hash":"d39ce677239286dcfa5db09a645e596adc71c987985a60bceedc4ec2c327ece3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClientCasesQuery, ClientCasesQueryVariables>;
export const ClientBsnDocument = {"__meta__":{"hash":"6fecd087e5c74b50d15252e17fa6b04ac25af570da553d760561d0f85ef6c910"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientBsn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}}]}}]} as unknown as DocumentNode<ClientBsnQuery, ClientBsnQueryVariables>;
export const ClientsOverviewDocument = {"__meta__":{"hash":"201f068c3eb9567d6dbd6495118d6b906e51be65f7530fb3afad97ab53c3d316"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtHelp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uwv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"svb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toeslagen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"woningcorporatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientsOverviewQuery, ClientsOverviewQueryVariables>;
export const DisclosureInquiryDocument = {"__meta__":{"hash":"5eea4efefb10a50a56a13b86a48ee6607248c834549791ec2d6bd8ae396dfcc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"regie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uwv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"svb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toeslagen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"woningcorporatie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerDisclosuresParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerDisclosuresParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDisclosures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"activityVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"refusedFields"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]} as unknown as DocumentNode<DisclosureInquiryQuery, DisclosureInquiryQueryVariables>;
export const DossierDocument = {"__meta__":{"hash":"b577962acc4bffc6c640cccad75c7ab75ca4915b7af203f46bef297cc3719318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"normAmount"}},{"kind":"Field","name":{"kind":"Name","value":"household"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtHelp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebt"}},{"kind":"Field","name":{"kind":"Name","value":"creditorCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uwv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"svb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"accrualPercentage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberOfChildren"}},{"kind":"Field","name":{"kind":"Name","value":"quarterlyAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toeslagen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAdvance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"paymentArrangement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"woningcorporatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;
export const PartnersDocument = {"__meta__":{"hash":"e13e59a06bde9afc0a8719e2701062248a0825000a69522ba1317edbd3467403"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const PendingHandoversDocument = {"__meta__":{"hash":"49e95fb6f72a21694df966a573bbed5cfe3adb7936f3ee563a38803343a65676"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingHandovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingHandovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PendingHandoversQuery, PendingHandoversQueryVariables>;
export const OpenCaseForDocument = {"__meta__":{"hash":"fa07b70dcebad949875fd2b817a8eea1841840c95a1445b54edf91685b9bb83c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCaseFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationModel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OIN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"Argument","name":{"kind":"Name","value":"activity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activity"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"lead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OpenCaseForMutation, OpenCaseForMutationVariables>;
export const ConfirmRoleDocument = {"__meta__":{"hash":"241cd1d417feca491ebaf444dc2b47a03460fcde34530d5360e67e86837590b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConfirmRoleMutation, ConfirmRoleMutationVariables>;
export const CaseConfirmationsDocument = {"__meta__":{"hash":"97f6d471aaacb2d92929ac6ab224a33cad839968fc907d759f545b71f7dcc3ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConfirmations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorUser"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CaseConfirmationsQuery, CaseConfirmationsQueryVariables>;
export const UnusualActivityDocument = {"__meta__":{"hash":"be4f19c38c15d8091df6c28da8d89cb4c09ad1efe2d069704083ed8d24691cb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnusualActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unusualActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"busyOpeners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quickCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnusualActivityQuery, UnusualActivityQueryVariables>;
export const IntakeViewDocument = {"__meta__":{"hash":"ef3c5d5f3a20b82c8b679d59722d301844b60dfc1954d6807fa4f0aedfbc2849"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtHelp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDebt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uwv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"svb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberOfChildren"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toeslagen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountOutstanding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"woningcorporatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeViewQuery, IntakeViewQueryVariables>;
export const CoordinationViewDocument = {"__meta__":{"hash":"b659e441b02c73f233cfd3176458de6e16f313fb08419d857cee2c4ab36caeca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BSN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"woningcorporatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationViewQuery, CoordinationViewQueryVariables>;