import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientReference } from '../../../../partner-kit';
import type { ToeslagenContext } from '../loaders';
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

/** An allowance for one year, paid as a monthly advance until the final assessment. */
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

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
  /** What the allowances office records about this client; null when the allowances office does not know the client. */
  toeslagen?: Maybe<ToeslagenRecord>;
};

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
  /** What toeslagen disclosed about this citizen, newest first; `before` pages back in time, `limit` is 1 to 500. */
  toeslagen: PartnerDisclosures;
};


/** A citizen's inquiry into the chain's processing logs (AVG art. 15). Each partner answers for its own log. Only the citizen (a citizen's token for this BSN) or the intermediary's staff may ask, under the activity `inzage-betrokkene`. */
export type DisclosureInquiryToeslagenArgs = {
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

/** An allowance paid in excess, found at the final assessment of a year, that the client has to pay back. */
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

/** The allowances office's section of a client's dossier. */
export type ToeslagenRecord = {
  __typename?: 'ToeslagenRecord';
  /** Allowances granted to the client, one per kind and year, newest year first. */
  allowances?: Maybe<Array<Allowance>>;
  /** Allowances paid in excess that the client has to pay back (terugvorderingen), newest year first. */
  recoveries?: Maybe<Array<Recovery>>;
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
  Allowance: ResolverTypeWrapper<Allowance>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AllowanceKind: AllowanceKind;
  BSN: ResolverTypeWrapper<Scalars['BSN']['output']>;
  Client: ResolverTypeWrapper<ClientReference>;
  DataCategory: DataCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscloseRole: DiscloseRole;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureInquiry: ResolverTypeWrapper<ClientReference>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  OIN: ResolverTypeWrapper<Scalars['OIN']['output']>;
  PartnerDisclosures: ResolverTypeWrapper<PartnerDisclosures>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Recovery: ResolverTypeWrapper<Recovery>;
  ToeslagenRecord: ResolverTypeWrapper<ClientReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Allowance: Allowance;
  Int: Scalars['Int']['output'];
  BSN: Scalars['BSN']['output'];
  Client: ClientReference;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Disclosure: Disclosure;
  DisclosureInquiry: ClientReference;
  Money: Scalars['Money']['output'];
  OIN: Scalars['OIN']['output'];
  PartnerDisclosures: PartnerDisclosures;
  Boolean: Scalars['Boolean']['output'];
  Recovery: Recovery;
  ToeslagenRecord: ClientReference;
  String: Scalars['String']['output'];
};

export type DiscloseDirectiveArgs = {
  category: DataCategory;
  for: Array<Scalars['String']['input']>;
  to: Array<DiscloseRole>;
};

export type DiscloseDirectiveResolver<Result, Parent, ContextType = ToeslagenContext, Args = DiscloseDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AllowanceResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['Allowance'] = ResolversParentTypes['Allowance']> = {
  kind?: Resolver<ResolversTypes['AllowanceKind'], ParentType, ContextType>;
  monthlyAdvance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface BsnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BSN'], any> {
  name: 'BSN';
}

export type ClientResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  toeslagen?: Resolver<Maybe<ResolversTypes['ToeslagenRecord']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
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

export type DisclosureInquiryResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['DisclosureInquiry'] = ResolversParentTypes['DisclosureInquiry'], FederationReferenceType extends FederationReferenceTypes['DisclosureInquiry'] = FederationReferenceTypes['DisclosureInquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisclosureInquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
  toeslagen?: Resolver<ResolversTypes['PartnerDisclosures'], ParentType, ContextType, RequireFields<DisclosureInquiryToeslagenArgs, 'limit'>>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export interface OinScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OIN'], any> {
  name: 'OIN';
}

export type PartnerDisclosuresResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['PartnerDisclosures'] = ResolversParentTypes['PartnerDisclosures']> = {
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecoveryResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['Recovery'] = ResolversParentTypes['Recovery']> = {
  allowanceKind?: Resolver<ResolversTypes['AllowanceKind'], ParentType, ContextType>;
  amountOutstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  originalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paymentArrangement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ToeslagenRecordResolvers<ContextType = ToeslagenContext, ParentType extends ResolversParentTypes['ToeslagenRecord'] = ResolversParentTypes['ToeslagenRecord']> = {
  allowances?: Resolver<Maybe<Array<ResolversTypes['Allowance']>>, ParentType, ContextType>;
  recoveries?: Resolver<Maybe<Array<ResolversTypes['Recovery']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ToeslagenContext> = {
  Allowance?: AllowanceResolvers<ContextType>;
  BSN?: GraphQLScalarType;
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureInquiry?: DisclosureInquiryResolvers<ContextType>;
  Money?: GraphQLScalarType;
  OIN?: GraphQLScalarType;
  PartnerDisclosures?: PartnerDisclosuresResolvers<ContextType>;
  Recovery?: RecoveryResolvers<ContextType>;
  ToeslagenRecord?: ToeslagenRecordResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ToeslagenContext> = {
  disclose?: DiscloseDirectiveResolver<any, any, ContextType>;
};
