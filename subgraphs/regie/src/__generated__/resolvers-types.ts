import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientReference } from '../../../../common/clientReference';
import type { RegieContext } from '../loaders';
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
  /** Organisation identification number (organisatie-identificatienummer): twenty digits. */
  OIN: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** A citizen, identified by BSN. Every partner contributes its own section, so the source of each value stays visible. */
export type Client = {
  __typename?: 'Client';
  bsn: Scalars['BSN']['output'];
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
  /** The client with this BSN. Each partner adds its own section, which is null when that partner does not know the client. */
  client: Client;
  /** Several clients at once (at most 1000), in the order asked. */
  clients: Array<Client>;
  /** One organisation by OIN; null when it is not registered. */
  partner?: Maybe<Partner>;
  /** Every organisation registered in the chain. */
  partners: Array<Partner>;
};


export type QueryClientArgs = {
  bsn: Scalars['BSN']['input'];
};


export type QueryClientsArgs = {
  bsns: Array<Scalars['BSN']['input']>;
};


export type QueryPartnerArgs = {
  oin: Scalars['OIN']['input'];
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
  Partner: Partner;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"bsn":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"oin":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BSN: ResolverTypeWrapper<Scalars['BSN']['output']>;
  Client: ResolverTypeWrapper<ClientReference>;
  OIN: ResolverTypeWrapper<Scalars['OIN']['output']>;
  Partner: ResolverTypeWrapper<Partner>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PartnerKind: PartnerKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BSN: Scalars['BSN']['output'];
  Client: ClientReference;
  OIN: Scalars['OIN']['output'];
  Partner: Partner | FederationReferenceTypes['Partner'];
  String: Scalars['String']['output'];
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export interface BsnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BSN'], any> {
  name: 'BSN';
}

export type ClientResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bsn?: Resolver<ResolversTypes['BSN'], ParentType, ContextType>;
};

export interface OinScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OIN'], any> {
  name: 'OIN';
}

export type PartnerResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oin?: Resolver<ResolversTypes['OIN'], ParentType, ContextType>;
  subgraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegieContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<QueryClientArgs, 'bsn'>>;
  clients?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientsArgs, 'bsns'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'oin'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RegieContext> = {
  BSN?: GraphQLScalarType;
  Client?: ClientResolvers<ContextType>;
  OIN?: GraphQLScalarType;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

