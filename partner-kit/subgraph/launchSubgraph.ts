/**
 * The life of one subgraph process: open (and migrate) its store, seed demo data into an empty store, serve the
 * schema, and stop both in order. A subgraph module only describes itself (SubgraphModule); this does the rest.
 */
import { type GraphQLResolverMap } from './resolverMap';
import { type DocumentNode } from 'graphql';
import { type CryptoKey } from 'jose';
import { sql, type Kysely, type Migration } from 'kysely';
import {
  ChainedLog,
  chainedLogMigrations,
  type HeadHandOver,
  type JsonRouteHandler,
  loggerFor,
  openStore,
  type OperationLimits,
  type Principal,
  type Register,
  type RunningHttpServer,
  type SigningKey,
  type Store,
  type StoreConfig,
} from '../../common';
import { createInquiryService } from '../processingLog/inquiry';
import { type ProcessingLogSettings } from '../processingLog/processingLogPlugin';
import { createSubjectHasher } from '../processingLog/subjectKey';
import { relationshipRoutes } from '../relationship/relationshipRoute';
import { type LogWitnessing, startLogHandOver, witnessRoutes } from '../witness/logWitnessing';
import { WitnessedHeads, witnessedHeadMigrations } from '../witness/witnessedHeads';
import { type PrincipalReader } from './principalContext';
import { type RoleLookupPartners } from './rolesPrincipalCheck';
import { startSubgraph, type SubgraphOptions } from './startSubgraph';

/** The organisation that owns a partner subgraph's data: it sees that data without a role. */
export interface SubgraphOwner {
  oin: string;
  name: string;
}

export interface SubgraphModule<DB, TLoaders> {
  name: string;
  typeDefs: DocumentNode;
  migrations: Record<string, Migration>;
  /** Seeds `clientCount` demo clients (of whom this partner knows some) into an empty store. */
  seed(db: Kysely<DB>, clientCount: number): Promise<void>;
  /** True when the store holds no demo data yet. */
  isEmpty(db: Kysely<DB>): Promise<boolean>;
  /** Brings configuration data up to date at every start, before seeding (the intermediary: the partner registry). */
  prepare?(db: Kysely<DB>): Promise<void>;
  /** Builds the resolvers once the store is open (some need it beyond their per-request loaders). */
  createResolvers(db: Kysely<DB>): GraphQLResolverMap<unknown>;
  createLoaders(db: Kysely<DB>, principal: Principal): TLoaders;
  /** Plain JSON routes beside GraphQL (the intermediary's role lookup for the partners), which log into the subgraph's processing log. */
  createJsonRoutes?(db: Kysely<DB>, readPrincipal: PrincipalReader, processingLog: ProcessingLogSettings): Record<string, JsonRouteHandler>;
  /** The intermediary's: the partners' public keys (its partner registry), to accept their role lookups. */
  roleLookupPartners?: RoleLookupPartners;
  /** True for a partner's subgraph; absent for the intermediary, which applies its own case rules (and the purpose check). */
  sharesPartnerData?: true;
}

export interface SubgraphRuntimeOptions {
  store: StoreConfig;
  gatewayKey: CryptoKey;
  port: number;
  host?: string;
  /** Demo clients to seed into an empty store; 0 seeds nothing. */
  seedClients: number;
  /**
   * The intermediary's subgraph (the registry's INTERMEDIARY): the one subgraph that shares no partner data, applies
   * its own case rules and answers the partners' role lookups.
   */
  intermediary: string;
  /** Where the intermediary answers the role lookups of partner subgraphs. */
  rolesUrl: string;
  /** The organisation that owns a partner subgraph's data (OWNER_OIN, OWNER_NAME); required when it shares partner data. */
  owner?: SubgraphOwner;
  /**
   * A partner subgraph's own private key (PARTNER_SIGNING_JWK), with which it proves to the intermediary that a role
   * lookup is its own; required when it shares partner data. The intermediary knows the public half.
   */
  partnerKey?: SigningKey;
  /** ROLES_STREAM: false to ask regie for roles on every request, without following its role-change stream; on by default. */
  rolesStream?: boolean;
  /** The register of processing activities (versions for the log, legal bases for the inquiry). */
  register: Register;
  /** The secret for the keyed hash of BSNs in the processing log (LOG_SUBJECT_KEY). */
  subjectKey: Buffer;
  /** What one operation may ask of this subgraph (LIMIT_* settings); absent: derived from the defaults. */
  operationLimits?: OperationLimits;
  /** Signed, witnessed log heads (partner-kit/witness); absent: this subgraph neither hands over nor witnesses. */
  witnessing?: LogWitnessing;
}

export interface RunningSubgraph<DB> extends RunningHttpServer {
  name: string;
  store: Store<DB>;
  /** The subgraph's processing log, in its own store. */
  processingLog: ChainedLog;
  /** Hands the processing log's signed head to the intermediary (partners with `witnessing` only). */
  logHandOver?: HeadHandOver;
}

/** Serves the subgraph once its store is ready: startSubgraph, or a benchmark's variant of it (bench/support/). */
export type ServeSubgraph = <TLoaders>(options: SubgraphOptions<TLoaders>) => Promise<RunningHttpServer>;

export async function launchSubgraph<DB, TLoaders>(
  module: SubgraphModule<DB, TLoaders>,
  options: SubgraphRuntimeOptions,
  serve: ServeSubgraph = startSubgraph,
): Promise<RunningSubgraph<DB>> {
  const log = loggerFor(`subgraph:${module.name}`);
  // Policies without an owner would go unchecked: every subgraph but the intermediary's shares partner data, so has an owner.
  if (module.name !== options.intermediary && !module.sharesPartnerData)
    throw new Error(`The ${module.name} subgraph must declare sharesPartnerData`);
  if (!module.sharesPartnerData && options.owner) throw new Error(`The ${module.name} subgraph shares no partner data, so takes no owner`);
  if (module.sharesPartnerData && !options.owner) throw new Error(`The ${module.name} subgraph shares partner data, so needs its owner`);
  const owner = module.sharesPartnerData ? options.owner : undefined;
  if (owner && !options.partnerKey)
    throw new Error(`The ${module.name} subgraph shares partner data, so needs its signing key for role lookups`);
  const answersRoleLookups = module.name === options.intermediary;
  if (answersRoleLookups && !module.roleLookupPartners)
    throw new Error(`The ${module.name} subgraph answers role lookups, so needs the partners' keys`);
  const store = await openStore<DB>(options.store, {
    ...module.migrations,
    ...chainedLogMigrations('processing_log'),
    ...witnessedHeadMigrations(),
  });
  const processingLog = ChainedLog.in(store.db, store.dialect, 'processing_log');
  const hashSubject = createSubjectHasher(options.subjectKey);
  const logSettings: ProcessingLogSettings = { log: processingLog, hashSubject, register: options.register };
  const witnessing = options.witnessing && {
    name: module.name,
    intermediary: options.intermediary,
    intermediaryUrl: options.rolesUrl,
    processingLog,
    heads: WitnessedHeads.in(store.db),
    witnessing: options.witnessing,
    logger: log,
  };
  try {
    await module.prepare?.(store.db);
    if (options.seedClients > 0 && (await module.isEmpty(store.db))) {
      const started = Date.now();
      await module.seed(store.db, options.seedClients);
      log.info({ clients: options.seedClients, ms: Date.now() - started }, 'seeded demo data');
    }
    const http = await serve({
      name: module.name,
      typeDefs: module.typeDefs,
      resolvers: module.createResolvers(store.db),
      createLoaders: (principal) => module.createLoaders(store.db, principal),
      gatewayKey: options.gatewayKey,
      answersRoleLookups: answersRoleLookups ? module.roleLookupPartners : undefined,
      jsonRoutes: (readPrincipal) => ({
        ...module.createJsonRoutes?.(store.db, readPrincipal, logSettings),
        ...(witnessing && witnessRoutes(witnessing)),
        // A partner answers the intermediary's one question before a case is opened: does it know the client?
        ...(owner &&
          relationshipRoutes(store.db, {
            gatewayKey: options.gatewayKey,
            intermediary: options.intermediary,
            ownerOin: owner.oin,
            append: (entries) => processingLog.append(entries),
            hashSubject,
            register: options.register,
          })),
      }),
      disclosure:
        owner && options.partnerKey
          ? {
              ownerOin: owner.oin,
              partnerName: owner.name,
              rolesUrl: options.rolesUrl,
              prover: { subgraph: module.name, key: options.partnerKey },
              rolesStream: options.rolesStream,
            }
          : undefined,
      // The intermediary's case rules decide who sees a case; its policies still bind the purpose (two locks, as at the partners).
      purposeCheckOnly: !owner,
      inquiry: createInquiryService({ partner: module.name, log: processingLog, hashSubject, register: options.register }),
      processingLog: logSettings,
      operationLimits: options.operationLimits,
      readinessCheck: async () => {
        await sql`select 1`.execute(store.db);
      },
      port: options.port,
      host: options.host,
    });
    const logHandOver = witnessing && startLogHandOver(witnessing);
    return {
      ...http,
      name: module.name,
      store,
      processingLog,
      logHandOver,
      async stop() {
        await logHandOver?.stop();
        await http.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
