/**
 * The intermediary's subgraph as a module: schema, store, resolvers and the case service. Started by
 * src/index.ts or by tests; `createRegieSubgraph` takes options so tests can shorten the handover expiry.
 */
import { join } from 'node:path';
import { type Kysely } from 'kysely';
import {
  createRolesStreamCheck,
  type GraphQLResolverMap,
  ROLES_PATH,
  ROLES_STREAM_PATH,
  type SubgraphModule,
  subgraphTypeDefs,
} from '../../../partner-kit';
import {
  assertOin,
  DEFAULT_REGISTER_PATH,
  envInt,
  envString,
  envUrl,
  fromSetting,
  isProduction,
  loadRegister,
  type Register,
} from '../../../common';
import { demoPartnerBySubgraph, INTERMEDIARY_SUBGRAPH, SUBGRAPH_NAMES, SUBGRAPH_PORTS } from '../../partners';
import { casePolicyOf, createCasePurpose } from './cases/casePurpose';
import { createCaseService } from './cases/caseService';
import { createRelationshipCheck } from './cases/relationship';
import { type UnusualActivitySettings } from './cases/unusualActivity';
import { createLoaders, type RegieLoaders } from './loaders';
import { createResolvers } from './resolvers';
import { afterMutations } from './roles/afterMutations';
import { partnerKeysOf, type PartnerKeyOf } from './roles/partnerKeys';
import { roleChangeFeed, roleChangeMigrations } from './roles/roleChangeFeed';
import { RoleChangeStreams } from './roles/roleChangeStreams';
import { createRoleLookup } from './roles/roleLookup';
import { createRolesEndpoint } from './roles/rolesEndpoint';
import { createRolesStreamEndpoint } from './roles/rolesStreamEndpoint';
import { migrations } from './store/migrations';
import { type Partner } from './store/models';
import { partnerRegistryFromEnv } from './store/partnerRegistry';
import { isEmpty, registerPartners } from './store/repository';
import { type RegieDatabase } from './store/schema';
import { seedRegie } from './store/seed';

export interface RegieOptions {
  register: Register;
  /** The intermediary's own OIN: the default director. */
  intermediaryOin: string;
  /** How long a relay handover proposal waits for an answer. */
  handoverExpirySeconds: number;
  /** The chain's partners, registered (added or updated) at every start. */
  partners: readonly Partner[];
  /** Each partner subgraph's public key, to check that its role lookups are its own (roles/partnerKeys.ts). */
  partnerKeys: PartnerKeyOf;
  /** Where each partner subgraph runs (SUBGRAPH_URL_<NAME>): regie asks an opener's subgraph whether it knows the client. */
  subgraphUrls: ReadonlyMap<string, string>;
  /** The thresholds of the staff's view of unusual activity (UNUSUAL_* settings). */
  unusualActivity: UnusualActivitySettings;
  now: () => Date;
}

/**
 * Where regie asks each partner's subgraph whether it knows a client (SUBGRAPH_URL_<NAME>). In production every
 * partner's URL must be set: regie sends the caller's principal there and takes the answer as the evidence that
 * opens a case, so a forgotten setting must not quietly mean "whatever answers on this host's default port".
 */
export function partnerSubgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Map<string, string> {
  return new Map(
    SUBGRAPH_NAMES.filter((name) => name !== INTERMEDIARY_SUBGRAPH).map((name) => {
      const setting = `SUBGRAPH_URL_${name.toUpperCase()}`;
      if (isProduction(env) && !env[setting]) {
        throw new Error(`${setting} is required in production (NODE_ENV=production): regie asks ${name} there whether it knows a client`);
      }
      return [name, envUrl(setting, `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql`, env)];
    }),
  );
}

export function regieOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RegieOptions {
  const partners = partnerRegistryFromEnv(env);
  return {
    register: loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH, env)),
    intermediaryOin: fromSetting('INTERMEDIARY_OIN', () =>
      assertOin(envString('INTERMEDIARY_OIN', demoPartnerBySubgraph('regie').oin, env)),
    ),
    handoverExpirySeconds: envInt('HANDOVER_EXPIRY_SECONDS', 72 * 3600, env),
    partners,
    partnerKeys: partnerKeysOf(partners, env),
    subgraphUrls: partnerSubgraphUrlsFromEnv(env),
    unusualActivity: {
      openingsThreshold: envInt('UNUSUAL_OPENINGS_THRESHOLD', 20, env),
      windowMinutes: envInt('UNUSUAL_OPENINGS_WINDOW_MINUTES', 60, env),
      quickCloseMinutes: envInt('UNUSUAL_QUICK_CLOSE_MINUTES', 60, env),
    },
    now: () => new Date(),
  };
}

const typeDefs = subgraphTypeDefs(join(__dirname, '..'));
const casePurpose = createCasePurpose(casePolicyOf(typeDefs));

export function createRegieSubgraph(options: RegieOptions): SubgraphModule<RegieDatabase, RegieLoaders> {
  // One set of role-change streams per store: the lookup registers for them, mutations catch them up.
  const streamsByStore = new WeakMap<Kysely<RegieDatabase>, RoleChangeStreams>();
  const streamsOf = (db: Kysely<RegieDatabase>): RoleChangeStreams => {
    let streams = streamsByStore.get(db);
    if (!streams) streamsByStore.set(db, (streams = new RoleChangeStreams(roleChangeFeed(db as Kysely<unknown>))));
    return streams;
  };
  return {
    name: 'regie',
    typeDefs,
    migrations: { ...migrations, ...roleChangeMigrations },
    seed: seedRegie,
    isEmpty,
    prepare: (db) => registerPartners(db, options.partners, options.now()),
    createResolvers: (db) =>
      afterMutations(
        createResolvers({
          db,
          now: options.now,
          caseService: createCaseService({ db, ...options }),
          casePurpose,
          lookUpRoles: createRoleLookup({ db, now: options.now, casePurpose }),
          checkRelationship: createRelationshipCheck({
            db,
            intermediarySubgraph: INTERMEDIARY_SUBGRAPH,
            subgraphUrl: (name) => options.subgraphUrls.get(name),
          }),
          unusualActivity: options.unusualActivity,
        }) as GraphQLResolverMap<unknown>,
        () => streamsOf(db).catchUp(),
      ),
    createLoaders,
    // The partners' sharing checks ask here; `Query.rolesOf` is the same lookup for staff and front ends.
    roleLookupPartners: { keyOf: options.partnerKeys },
    createJsonRoutes: (db, readPrincipal, processingLog) => ({
      [ROLES_PATH]: createRolesEndpoint(
        createRoleLookup({ db, now: options.now, casePurpose }),
        readPrincipal,
        processingLog,
        streamsOf(db),
      ),
      // Partners follow role changes here, to keep looked-up roles until they change (roles/roleChangeStreams.ts).
      [ROLES_STREAM_PATH]: createRolesStreamEndpoint(streamsOf(db), createRolesStreamCheck({ keyOf: options.partnerKeys })),
    }),
  };
}
