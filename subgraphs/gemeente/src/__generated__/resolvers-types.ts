import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientReference } from '../../../../partner-kit';
import type { WmoSupport as WmoSupportModel } from '../store/models';
import type { GemeenteContext } from '../loaders';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC, e.g. "2026-01-31T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An amount in euros as a decimal string with two decimals, e.g. "1234.50". */
  Money: { input: number; output: number; }
  /** Organisation identification number (organisatie-identificatienummer): twenty digits. */
  OIN: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
  /** What the municipality records about this client; null when the municipality does not know the client. */
  gemeente?: Maybe<GemeenteRecord>;
};

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

export type DebtHelpTrajectory = {
  __typename?: 'DebtHelpTrajectory';
  creditorCount: Scalars['Int']['output'];
  startDate: Scalars['Date']['output'];
  status: DebtHelpStatus;
  /** Total debt known to the debt counsellor. */
  totalDebt: Scalars['Money']['output'];
};

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
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryGemeenteArgs = {
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

/** Household situation that determines the Participatiewet norm amount. */
export type HouseholdType =
  | 'COUPLE'
  | 'SINGLE'
  | 'SINGLE_PARENT';

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

export type WmoSupport = {
  __typename?: 'WmoSupport';
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The health limitation the support answers to. Special category (health data). */
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
  Client: Client;
  DisclosureInquiry: DisclosureInquiry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"bsn":true}> );
  DisclosureInquiry:
    ( { __typename: 'DisclosureInquiry' }
    & GraphQLRecursivePick<FederationTypes['DisclosureInquiry'], {"bsn":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BSN: ResolverTypeWrapper<Scalars['BSN']['output']>;
  Client: ResolverTypeWrapper<ClientReference>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DebtHelpStatus: DebtHelpStatus;
  DebtHelpTrajectory: ResolverTypeWrapper<DebtHelpTrajectory>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DiscloseRole: DiscloseRole;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureInquiry: ResolverTypeWrapper<ClientReference>;
  GemeenteRecord: ResolverTypeWrapper<ClientReference>;
  HouseholdType: HouseholdType;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  OIN: ResolverTypeWrapper<Scalars['OIN']['output']>;
  PartnerDisclosures: ResolverTypeWrapper<PartnerDisclosures>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  SocialAssistance: ResolverTypeWrapper<SocialAssistance>;
  SocialAssistanceStatus: SocialAssistanceStatus;
  WmoSupport: ResolverTypeWrapper<WmoSupportModel>;
  WmoSupportType: WmoSupportType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BSN: Scalars['BSN']['output'];
  Client: ClientReference;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DebtHelpTrajectory: DebtHelpTrajectory;
  Int: Scalars['Int']['output'];
  Disclosure: Disclosure;
  DisclosureInquiry: ClientReference;
  GemeenteRecord: ClientReference;
  Money: Scalars['Money']['output'];
  OIN: Scalars['OIN']['output'];
  PartnerDisclosures: PartnerDisclosures;
  Boolean: Scalars['Boolean']['output'];
  SocialAssistance: SocialAssistance;
  WmoSupport: WmoSupportModel;
  String: Scalars['String']['output'];
};

export type DiscloseDirectiveArgs = {
  category: DataCategory;
  for: Array<Scalars['String']['input']>;
  to: Array<DiscloseRole>;
};

export type DiscloseDirectiveResolver<Result, Parent, ContextType = GemeenteContext, Args = DiscloseDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface BsnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BSN'], any> {
  name: 'BSN';
}

export type ClientResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['GemeenteRecord']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DebtHelpTrajectoryResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['DebtHelpTrajectory'] = ResolversParentTypes['DebtHelpTrajectory']> = {
  creditorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DebtHelpStatus'], ParentType, ContextType>;
  totalDebt?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type DisclosureResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
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

export type DisclosureInquiryResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['DisclosureInquiry'] = ResolversParentTypes['DisclosureInquiry'], FederationReferenceType extends FederationReferenceTypes['DisclosureInquiry'] = FederationReferenceTypes['DisclosureInquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisclosureInquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  gemeente?: Resolver<ResolversTypes['PartnerDisclosures'], ParentType, ContextType, RequireFields<DisclosureInquiryGemeenteArgs, 'limit'>>;
};

export type GemeenteRecordResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['GemeenteRecord'] = ResolversParentTypes['GemeenteRecord']> = {
  debtHelp?: Resolver<Maybe<ResolversTypes['DebtHelpTrajectory']>, ParentType, ContextType>;
  socialAssistance?: Resolver<Maybe<ResolversTypes['SocialAssistance']>, ParentType, ContextType>;
  wmoSupport?: Resolver<Maybe<Array<ResolversTypes['WmoSupport']>>, ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export interface OinScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OIN'], any> {
  name: 'OIN';
}

export type PartnerDisclosuresResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['PartnerDisclosures'] = ResolversParentTypes['PartnerDisclosures']> = {
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SocialAssistanceResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['SocialAssistance'] = ResolversParentTypes['SocialAssistance']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['HouseholdType'], ParentType, ContextType>;
  normAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SocialAssistanceStatus'], ParentType, ContextType>;
};

export type WmoSupportResolvers<ContextType = GemeenteContext, ParentType extends ResolversParentTypes['WmoSupport'] = ResolversParentTypes['WmoSupport']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  healthLimitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WmoSupportType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GemeenteContext> = {
  BSN?: GraphQLScalarType;
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DebtHelpTrajectory?: DebtHelpTrajectoryResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureInquiry?: DisclosureInquiryResolvers<ContextType>;
  GemeenteRecord?: GemeenteRecordResolvers<ContextType>;
  Money?: GraphQLScalarType;
  OIN?: GraphQLScalarType;
  PartnerDisclosures?: PartnerDisclosuresResolvers<ContextType>;
  SocialAssistance?: SocialAssistanceResolvers<ContextType>;
  WmoSupport?: WmoSupportResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GemeenteContext> = {
  disclose?: DiscloseDirectiveResolver<any, any, ContextType>;
};
