import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientReference } from '../../../../partner-kit';
import type { RentArrears as RentArrearsModel } from '../store/models';
import type { WoningcorporatieContext } from '../loaders';
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

/** A Dutch postal address. */
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

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
  /** What the housing corporation records about this client; null when the housing corporation does not know the client. */
  woningcorporatie?: Maybe<WoningcorporatieRecord>;
};

/** A collection step taken on a date. */
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
  /** What woningcorporatie disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  woningcorporatie: PartnerDisclosures;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryWoningcorporatieArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
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

/** Rent that fell due and was not paid (huurachterstand). */
export type RentArrears = {
  __typename?: 'RentArrears';
  /** The total amount in arrears. */
  amount: Scalars['Money']['output'];
  /** The collection steps taken so far, oldest first. */
  collectionSteps?: Maybe<Array<CollectionStep>>;
  /** The number of months of rent in arrears. */
  months: Scalars['Int']['output'];
};

/** A tenancy agreement (huurovereenkomst) for a dwelling of the housing corporation. */
export type Tenancy = {
  __typename?: 'Tenancy';
  /** The address of the rented dwelling, which is where the client lives. */
  address: Address;
  /** The rent due each month, service costs included. */
  monthlyRent: Scalars['Money']['output'];
  /** The date the tenancy started. */
  startDate: Scalars['Date']['output'];
};

/** The housing corporation's section of a client's dossier. */
export type WoningcorporatieRecord = {
  __typename?: 'WoningcorporatieRecord';
  /** Rent the client owes the housing corporation; null when there are no arrears. */
  rentArrears?: Maybe<RentArrears>;
  /** The client's current tenancy with the housing corporation; null when the client rents nothing from it. */
  tenancy?: Maybe<Tenancy>;
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
  Address: ResolverTypeWrapper<Address>;
  BSN: ResolverTypeWrapper<Scalars['BSN']['output']>;
  Client: ResolverTypeWrapper<ClientReference>;
  CollectionStep: ResolverTypeWrapper<CollectionStep>;
  CollectionStepType: CollectionStepType;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscloseRole: DiscloseRole;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DisclosureInquiry: ResolverTypeWrapper<ClientReference>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  OIN: ResolverTypeWrapper<Scalars['OIN']['output']>;
  PartnerDisclosures: ResolverTypeWrapper<PartnerDisclosures>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  RentArrears: ResolverTypeWrapper<RentArrearsModel>;
  Tenancy: ResolverTypeWrapper<Tenancy>;
  WoningcorporatieRecord: ResolverTypeWrapper<ClientReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  BSN: Scalars['BSN']['output'];
  Client: ClientReference;
  CollectionStep: CollectionStep;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Disclosure: Disclosure;
  Int: Scalars['Int']['output'];
  DisclosureInquiry: ClientReference;
  Money: Scalars['Money']['output'];
  OIN: Scalars['OIN']['output'];
  PartnerDisclosures: PartnerDisclosures;
  Boolean: Scalars['Boolean']['output'];
  RentArrears: RentArrearsModel;
  Tenancy: Tenancy;
  WoningcorporatieRecord: ClientReference;
  String: Scalars['String']['output'];
};

export type DiscloseDirectiveArgs = {
  category: DataCategory;
  for: Array<Scalars['String']['input']>;
  to: Array<DiscloseRole>;
};

export type DiscloseDirectiveResolver<Result, Parent, ContextType = WoningcorporatieContext, Args = DiscloseDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  houseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface BsnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BSN'], any> {
  name: 'BSN';
}

export type ClientResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  woningcorporatie?: Resolver<Maybe<ResolversTypes['WoningcorporatieRecord']>, ParentType, ContextType>;
};

export type CollectionStepResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['CollectionStep'] = ResolversParentTypes['CollectionStep']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['CollectionStepType'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
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

export type DisclosureInquiryResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['DisclosureInquiry'] = ResolversParentTypes['DisclosureInquiry'], FederationReferenceType extends FederationReferenceTypes['DisclosureInquiry'] = FederationReferenceTypes['DisclosureInquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisclosureInquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  woningcorporatie?: Resolver<ResolversTypes['PartnerDisclosures'], ParentType, ContextType, RequireFields<DisclosureInquiryWoningcorporatieArgs, 'limit'>>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export interface OinScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OIN'], any> {
  name: 'OIN';
}

export type PartnerDisclosuresResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['PartnerDisclosures'] = ResolversParentTypes['PartnerDisclosures']> = {
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RentArrearsResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['RentArrears'] = ResolversParentTypes['RentArrears']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  collectionSteps?: Resolver<Maybe<Array<ResolversTypes['CollectionStep']>>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TenancyResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['Tenancy'] = ResolversParentTypes['Tenancy']> = {
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  monthlyRent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type WoningcorporatieRecordResolvers<ContextType = WoningcorporatieContext, ParentType extends ResolversParentTypes['WoningcorporatieRecord'] = ResolversParentTypes['WoningcorporatieRecord']> = {
  rentArrears?: Resolver<Maybe<ResolversTypes['RentArrears']>, ParentType, ContextType>;
  tenancy?: Resolver<Maybe<ResolversTypes['Tenancy']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = WoningcorporatieContext> = {
  Address?: AddressResolvers<ContextType>;
  BSN?: GraphQLScalarType;
  Client?: ClientResolvers<ContextType>;
  CollectionStep?: CollectionStepResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureInquiry?: DisclosureInquiryResolvers<ContextType>;
  Money?: GraphQLScalarType;
  OIN?: GraphQLScalarType;
  PartnerDisclosures?: PartnerDisclosuresResolvers<ContextType>;
  RentArrears?: RentArrearsResolvers<ContextType>;
  Tenancy?: TenancyResolvers<ContextType>;
  WoningcorporatieRecord?: WoningcorporatieRecordResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = WoningcorporatieContext> = {
  disclose?: DiscloseDirectiveResolver<any, any, ContextType>;
};
