/**
 * The life of one subgraph process: open (and migrate) its store, seed demo data into an empty store, serve the
 * schema, and stop both in order. A subgraph module only describes itself (SubgraphModule); this does the rest.
 */
import { type GraphQLResolverMap } from './resolverMap';
import { type DocumentNode } from 'graphql';
import { type CryptoKey } from 'jose';
import { sql, type Kysely, type Migration } from 'kysely';
import { openStore, type Store, type StoreConfig } from '../db/store';
import { type JsonRouteHandler, type RunningHttpServer } from '../http/graphqlHttpServer';
import { type OperationLimits } from '../limits/operationLimits';
import { loggerFor } from '../logger';
import { demoPartnerBySubgraph, type SubgraphName, type SubgraphOwner } from '../partners';
import { type Principal } from '../principal';
import { ChainedLog, chainedLogMigrations } from '../processingLog/chainedLog';
import { createInquiryService } from '../processingLog/inquiry';
import { createSubjectHasher } from '../processingLog/subjectKey';
import { type Register } from '../register';
import { type PrincipalReader } from './principalContext';
import { startSubgraph, type SubgraphOptions } from './startSubgraph';

export interface SubgraphModule<DB, TLoaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  migrations: Record<string, Migration>;
  /** Seeds `clientCount` demo clients (of whom this partner knows some) into an empty store. */
  seed(db: Kysely<DB>, clientCount: number): Promise<void>;
  /** True when the store holds no demo data yet. */
  isEmpty(db: Kysely<DB>): Promise<boolean>;
  /** Brings configuration data up to date at every start, before seeding (regie: the partner registry). */
  prepare?(db: Kysely<DB>): Promise<void>;
  /** Builds the resolvers once the store is open (some need it beyond their per-request loaders). */
  createResolvers(db: Kysely<DB>): GraphQLResolverMap<unknown>;
  createLoaders(db: Kysely<DB>, principal: Principal): TLoaders;
  /** Plain JSON routes beside GraphQL (regie's role lookup for the partners). */
  createJsonRoutes?(db: Kysely<DB>, readPrincipal: PrincipalReader): Record<string, JsonRouteHandler>;
  /** True for a partner's subgraph; absent for regie, which applies its own case rules (and the purpose check). */
  sharesPartnerData?: true;
}

export interface SubgraphRuntimeOptions {
  store: StoreConfig;
  gatewayKey: CryptoKey;
  port: number;
  host?: string;
  /** Demo clients to seed into an empty store; 0 seeds nothing. */
  seedClients: number;
  /** Where regie answers the role lookups of partner subgraphs. */
  regieUrl: string;
  /** The organisation that owns a partner subgraph's data (OWNER_OIN, OWNER_NAME); default: the demo partner. */
  owner?: SubgraphOwner;
  /** ROLES_CACHE_TTL_MS: how long partners keep role lookups across requests; 0 by default. */
  rolesCacheTtlMs?: number;
  /** The register of processing activities (versions for the log, legal bases for the inquiry). */
  register: Register;
  /** The secret for the keyed hash of BSNs in the processing log (LOG_SUBJECT_KEY). */
  subjectKey: Buffer;
  /** What one operation may ask of this subgraph (LIMIT_* settings); absent: derived from the defaults. */
  operationLimits?: OperationLimits;
}

export interface RunningSubgraph<DB> extends RunningHttpServer {
  name: SubgraphName;
  store: Store<DB>;
  /** The subgraph's processing log, in its own store. */
  processingLog: ChainedLog;
}

/** Serves the subgraph once its store is ready: startSubgraph, or a benchmark's variant of it (bench/support/). */
export type ServeSubgraph = <TLoaders>(options: SubgraphOptions<TLoaders>) => Promise<RunningHttpServer>;

export async function launchSubgraph<DB, TLoaders>(
  module: SubgraphModule<DB, TLoaders>,
  options: SubgraphRuntimeOptions,
  serve: ServeSubgraph = startSubgraph,
): Promise<RunningSubgraph<DB>> {
  const log = loggerFor(`subgraph:${module.name}`);
  // Policies without an owner would go unchecked: every subgraph but regie shares partner data, so has an owner.
  if (module.name !== 'regie' && !module.sharesPartnerData) throw new Error(`The ${module.name} subgraph must declare sharesPartnerData`);
  if (!module.sharesPartnerData && options.owner) throw new Error(`The ${module.name} subgraph shares no partner data, so takes no owner`);
  const owner = module.sharesPartnerData ? (options.owner ?? demoPartnerBySubgraph(module.name)) : undefined;
  const store = await openStore<DB>(options.store, { ...module.migrations, ...chainedLogMigrations('processing_log') });
  const processingLog = ChainedLog.in(store.db, store.dialect, 'processing_log');
  const hashSubject = createSubjectHasher(options.subjectKey);
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
      jsonRoutes: module.createJsonRoutes ? (readPrincipal) => module.createJsonRoutes?.(store.db, readPrincipal) ?? {} : undefined,
      disclosure:
        owner
          ? { ownerOin: owner.oin, partnerName: owner.name, regieUrl: options.regieUrl, rolesCacheTtlMs: options.rolesCacheTtlMs }
          : undefined,
      // Regie's case rules decide who sees a case; its policies still bind the purpose (two locks, as at the partners).
      purposeCheckOnly: !owner,
      inquiry: createInquiryService({ partner: module.name, log: processingLog, hashSubject, register: options.register }),
      processingLog: { log: processingLog, hashSubject, register: options.register },
      operationLimits: options.operationLimits,
      readinessCheck: async () => {
        await sql`select 1`.execute(store.db);
      },
      port: options.port,
      host: options.host,
    });
    return {
      ...http,
      name: module.name,
      store,
      processingLog,
      async stop() {
        await http.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
