import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientReference } from '../../../../partner-kit';
import type { Partner as PartnerModel, ChainCase, RoleAssignment as RoleAssignmentModel, CaseEvent as CaseEventModel, HandoverProposal as HandoverProposalModel, ClientRoles as ClientRolesModel } from '../store/models';
import type { BusyOpener as BusyOpenerModel } from '../cases/unusualActivity';
import type { ClosedCase } from '../store/activityRepository';
import type { RegieContext } from '../loaders';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Citizen service number (burgerservicenummer): nine digits that pass the eleven-test. */
  BSN: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC, e.g. "2026-01-31T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** Organisation identification number (organisatie-identificatienummer): twenty digits. */
  OIN: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
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
  /** Every change to the case, oldest first (the latest 500): who did what for the client, and why. Shared for case work only, as the client's cases are. */
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

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
  /**
   * The client's chain cases that you may see, newest first, at most 100: all for intermediary staff, otherwise those
   * your organisation holds or held a role in. This policy binds every way to a case at regie (`case`, `myCases`, the case mutations' answers)
   * and the role lookups (`rolesOf`): case data serves the case-work activities only.
   */
  cases?: Maybe<Array<Case>>;
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
  /** What regie disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  regie: PartnerDisclosures;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryRegieArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type HandoverProposal = {
  __typename?: 'HandoverProposal';
  expiresAt: Scalars['DateTime']['output'];
  proposedAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  to: Partner;
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

/** What staff look at for signs of roles being collected: the thresholds are settings (UNUSUAL_* in the configuration). */
export type UnusualActivity = {
  __typename?: 'UnusualActivity';
  /** Organisations that opened more cases than the threshold within one window, busiest first. */
  busyOpeners: Array<BusyOpener>;
  /** Cases closed within the configured time of their opening, newest first (at most 500). */
  quickCloses: Array<QuickClose>;
  since: Scalars['DateTime']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Case: Case;
  Client: Client;
  DisclosureInquiry: DisclosureInquiry;
  Partner: Partner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"bsn":true}> );
  DisclosureInquiry:
    ( { __typename: 'DisclosureInquiry' }
    & GraphQLRecursivePick<FederationTypes['DisclosureInquiry'], {"bsn":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"oin":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BSN: ResolverTypeWrapper<Scalars['BSN']['output']>;
  BusyOpener: ResolverTypeWrapper<BusyOpenerModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Case: ResolverTypeWrapper<ChainCase>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'nodes'> & { nodes: Array<ResolversTypes['Case']> }>;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseEventKind: CaseEventKind;
  CaseRole: CaseRole;
  CaseStatus: CaseStatus;
  Client: ResolverTypeWrapper<ClientReference>;
  ClientRole: ResolverTypeWrapper<ClientRole>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClientRoles: ResolverTypeWrapper<ClientRolesModel>;
  CoordinationModel: CoordinationModel;
  DataCategory: DataCategory;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscloseRole: DiscloseRole;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureInquiry: ResolverTypeWrapper<ClientReference>;
  HandoverProposal: ResolverTypeWrapper<HandoverProposalModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OIN: ResolverTypeWrapper<Scalars['OIN']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerModel>;
  PartnerDisclosures: ResolverTypeWrapper<PartnerDisclosures>;
  PartnerKind: PartnerKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuickClose: ResolverTypeWrapper<ClosedCase>;
  RoleAssignment: ResolverTypeWrapper<RoleAssignmentModel>;
  UnusualActivity: ResolverTypeWrapper<Omit<UnusualActivity, 'busyOpeners' | 'quickCloses'> & { busyOpeners: Array<ResolversTypes['BusyOpener']>, quickCloses: Array<ResolversTypes['QuickClose']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BSN: Scalars['BSN']['output'];
  BusyOpener: BusyOpenerModel;
  Int: Scalars['Int']['output'];
  Case: ChainCase;
  ID: Scalars['ID']['output'];
  CaseConnection: Omit<CaseConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Case']> };
  CaseEvent: CaseEventModel;
  Client: ClientReference;
  ClientRole: ClientRole;
  Boolean: Scalars['Boolean']['output'];
  ClientRoles: ClientRolesModel;
  DateTime: Scalars['DateTime']['output'];
  Disclosure: Disclosure;
  DisclosureInquiry: ClientReference;
  HandoverProposal: HandoverProposalModel;
  Mutation: Record<PropertyKey, never>;
  OIN: Scalars['OIN']['output'];
  PageInfo: PageInfo;
  Partner: PartnerModel;
  PartnerDisclosures: PartnerDisclosures;
  Query: Record<PropertyKey, never>;
  QuickClose: ClosedCase;
  RoleAssignment: RoleAssignmentModel;
  UnusualActivity: Omit<UnusualActivity, 'busyOpeners' | 'quickCloses'> & { busyOpeners: Array<ResolversParentTypes['BusyOpener']>, quickCloses: Array<ResolversParentTypes['QuickClose']> };
  String: Scalars['String']['output'];
};

export type DiscloseDirectiveArgs = {
  category: DataCategory;
  for: Array<Scalars['String']['input']>;
  to: Array<DiscloseRole>;
};

export type DiscloseDirectiveResolver<Result, Parent, ContextType = RegieContext, Args = DiscloseDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface BsnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BSN'], any> {
  name: 'BSN';
}

export type BusyOpenerResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['BusyOpener'] = ResolversParentTypes['BusyOpener']> = {
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  windowMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['CoordinationModel'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  pendingHandover?: Resolver<Maybe<ResolversTypes['HandoverProposal']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  actor?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  actorUser?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseEventKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['CaseRole']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  cases?: Resolver<Maybe<Array<ResolversTypes['Case']>>, ParentType, ContextType>;
};

export type ClientRoleResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['ClientRole'] = ResolversParentTypes['ClientRole']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['CoordinationModel'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CaseRole'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ClientRolesResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['ClientRoles'] = ResolversParentTypes['ClientRoles']> = {
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ClientRole']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activityVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['OIN'], ParentType, ContextType>;
  refusedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  traceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisclosureInquiryResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['DisclosureInquiry'] = ResolversParentTypes['DisclosureInquiry'], FederationReferenceType extends FederationReferenceTypes['DisclosureInquiry'] = FederationReferenceTypes['DisclosureInquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisclosureInquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  regie?: Resolver<ResolversTypes['PartnerDisclosures'], ParentType, ContextType, RequireFields<DisclosureInquiryRegieArgs, 'limit'>>;
};

export type HandoverProposalResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['HandoverProposal'] = ResolversParentTypes['HandoverProposal']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptHandover?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAcceptHandoverArgs, 'caseId' | 'expectedVersion'>>;
  appointDirector?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAppointDirectorArgs, 'caseId' | 'expectedVersion' | 'org' | 'reason'>>;
  assignRole?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'caseId' | 'expectedVersion' | 'org' | 'reason' | 'role'>>;
  closeCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'caseId' | 'expectedVersion' | 'reason'>>;
  confirmRole?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationConfirmRoleArgs, 'assignmentId' | 'caseId' | 'expectedVersion' | 'reason'>>;
  openCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'activity' | 'bsn' | 'model' | 'reason'>>;
  proposeHandover?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationProposeHandoverArgs, 'caseId' | 'expectedVersion' | 'reason' | 'toOrg'>>;
  rejectHandover?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRejectHandoverArgs, 'caseId' | 'expectedVersion' | 'reason'>>;
  revokeRole?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'assignmentId' | 'caseId' | 'expectedVersion' | 'reason'>>;
};

export interface OinScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OIN'], any> {
  name: 'OIN';
}

export type PageInfoResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oin?: Resolver<ResolversTypes['OIN'], ParentType, ContextType>;
  subgraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerDisclosuresResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['PartnerDisclosures'] = ResolversParentTypes['PartnerDisclosures']> = {
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<QueryClientArgs, 'bsn'>>;
  clients?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientsArgs, 'bsns'>>;
  disclosureInquiry?: Resolver<ResolversTypes['DisclosureInquiry'], ParentType, ContextType, RequireFields<QueryDisclosureInquiryArgs, 'bsn'>>;
  myCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'oin'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pendingHandovers?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryPendingHandoversArgs, 'first'>>;
  rolesOf?: Resolver<Array<ResolversTypes['ClientRoles']>, ParentType, ContextType, RequireFields<QueryRolesOfArgs, 'bsns' | 'org'>>;
  unusualActivity?: Resolver<ResolversTypes['UnusualActivity'], ParentType, ContextType, RequireFields<QueryUnusualActivityArgs, 'since'>>;
};

export type QuickCloseResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['QuickClose'] = ResolversParentTypes['QuickClose']> = {
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['CoordinationModel'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type RoleAssignmentResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment']> = {
  assignedBy?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  assignedByUser?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CaseRole'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type UnusualActivityResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['UnusualActivity'] = ResolversParentTypes['UnusualActivity']> = {
  busyOpeners?: Resolver<Array<ResolversTypes['BusyOpener']>, ParentType, ContextType>;
  quickCloses?: Resolver<Array<ResolversTypes['QuickClose']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegieContext> = {
  BSN?: GraphQLScalarType;
  BusyOpener?: BusyOpenerResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientRole?: ClientRoleResolvers<ContextType>;
  ClientRoles?: ClientRolesResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureInquiry?: DisclosureInquiryResolvers<ContextType>;
  HandoverProposal?: HandoverProposalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OIN?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerDisclosures?: PartnerDisclosuresResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuickClose?: QuickCloseResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  UnusualActivity?: UnusualActivityResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RegieContext> = {
  disclose?: DiscloseDirectiveResolver<any, any, ContextType>;
};
