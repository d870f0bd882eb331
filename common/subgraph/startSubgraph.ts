/**
 * Builds and serves one partner subgraph: its SDL and resolvers as an Apollo Federation subgraph, a per-request
 * context (verified principal plus fresh DataLoaders), masked errors and health routes. Every subgraph starts
 * through this function, so they all behave the same at the boundary.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from './resolverMap';
import { type DocumentNode } from 'graphql';
import { type CryptoKey } from 'jose';
import { createErrorFormatter } from '../formatError';
import { startGraphQLHttpServer, type JsonRouteHandler, type RunningHttpServer } from '../http/graphqlHttpServer';
import { loggerFor } from '../logger';
import { type Principal } from '../principal';
import { createDisclosureChecker, createPurposeChecker, type DisclosureChecker } from '../policy/disclosureChecker';
import { guardSchema } from '../policy/guardSchema';
import { entityTypes } from '../policy/lintPolicies';
import { readPolicies } from '../policy/policies';
import { RolesCache } from '../policy/rolesCache';
import { createRolesLookup, type RolesLookupOptions } from '../policy/rolesLookup';
import { DisclosureRecorder } from '../processingLog/disclosureRecorder';
import { type InquiryService } from '../processingLog/inquiry';
import { instrumentDisclosures } from '../processingLog/instrumentSchema';
import { processingLogPlugin, type ProcessingLogSettings } from '../processingLog/processingLogPlugin';
import { operationLimitsPlugin } from '../limits/limitsPlugin';
import { DEFAULT_OPERATION_LIMITS, subgraphLimitsFrom, type OperationLimits } from '../limits/operationLimits';
import { createPrincipalReader, type PrincipalReader } from './principalContext';
import { rolesOnlyScopePlugin } from './rolesOnlyScope';

/** The role lookup is built on first use, so requests that touch no guarded field cost nothing. */
function lazyRolesLookup(options: RolesLookupOptions): (bsn: string) => Promise<ReadonlySet<string>> {
  let lookup: ReturnType<typeof createRolesLookup> | undefined;
  return (bsn) => (lookup ??= createRolesLookup(options)).load(bsn);
}

export interface SubgraphContext<TLoaders> {
  principal: Principal;
  /** 'roles' when the request may only look up roles (regie); see common/principal.ts. */
  principalScope: 'full' | 'roles';
  loaders: TLoaders;
  /** The owning partner's per-client sharing check (regie: its purpose part only); null when policy checks are off. */
  disclosure: DisclosureChecker | null;
  /** What this request discloses, per data subject, for the processing log. */
  processingLog: DisclosureRecorder;
  /** Answers a citizen's inquiry from this subgraph's processing log. */
  inquiry: InquiryService;
}

/** Who owns a partner subgraph's data, and where to ask for the requesting organisation's roles. */
export interface DisclosureOptions {
  ownerOin: string;
  partnerName: string;
  regieUrl: string;
  /** Keep role lookups this long across requests; 0 (the default) keeps them for one request only. */
  rolesCacheTtlMs?: number;
}

export interface SubgraphOptions<TLoaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
  /** Fresh loaders for each request, so nothing cached crosses requests or callers. */
  createLoaders: (principal: Principal) => TLoaders;
  /** The gateway's public key, to verify the signed principal. */
  gatewayKey: CryptoKey;
  /** Plain JSON routes beside GraphQL, given the subgraph's principal reader (regie's role lookup). */
  jsonRoutes?: (readPrincipal: PrincipalReader) => Record<string, JsonRouteHandler>;
  /** Set for partner subgraphs: every field with a @disclose policy is then checked per client. */
  disclosure?: DisclosureOptions;
  /** Set for regie instead: its own case rules decide who sees a case, so its @disclose fields are checked for purpose only. */
  purposeCheckOnly?: boolean;
  inquiry: InquiryService;
  /** The subgraph's processing log; absent only in the benchmark that measures the log's cost. */
  processingLog?: ProcessingLogSettings;
  /** Throws when the subgraph cannot serve (e.g. its store is unreachable). */
  readinessCheck: () => Promise<void>;
  /** What one operation may ask of this subgraph; absent: derived from the gateway's defaults. */
  operationLimits?: OperationLimits;
  port: number;
  host?: string;
}

export async function startSubgraph<TLoaders>(options: SubgraphOptions<TLoaders>): Promise<RunningHttpServer> {
  const log = loggerFor(`subgraph:${options.name}`);
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers });
  const disclosure = options.disclosure;
  const policies = readPolicies(options.typeDefs);
  if (disclosure || options.purposeCheckOnly) guardSchema(schema, policies, entityTypes(options.typeDefs));
  // Outside the guard, so refusals are logged as well as disclosures.
  if (options.processingLog) instrumentDisclosures(schema, policies);
  const readPrincipal = createPrincipalReader(options.gatewayKey, options.name);
  const rolesCache = disclosure?.rolesCacheTtlMs ? new RolesCache(disclosure.rolesCacheTtlMs) : undefined;
  // A subgraph defends itself: a query sent straight at it with a valid principal meets limits too.
  const limits = options.operationLimits ?? subgraphLimitsFrom(DEFAULT_OPERATION_LIMITS);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    // No inline traces: they would hand resolver timings to whoever asks, and we report nothing to Apollo.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationLimitsPlugin(limits),
      rolesOnlyScopePlugin(),
      ...(options.processingLog ? [processingLogPlugin(options.processingLog, log)] : []),
    ],
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    csrfPrevention: false,
  });
  return startGraphQLHttpServer({
    apollo,
    port: options.port,
    host: options.host,
    async context(req) {
      const { principal, scope, rolesPrincipal } = await readPrincipal(req);
      const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
      return {
        principal,
        principalScope: scope,
        loaders: options.createLoaders(principal),
        processingLog: new DisclosureRecorder(),
        inquiry: options.inquiry,
        disclosure: disclosure
          ? createDisclosureChecker({
              principal,
              ownerOin: disclosure.ownerOin,
              partnerName: disclosure.partnerName,
              rolesOf: lazyRolesLookup({ regieUrl: disclosure.regieUrl, org: principal.org, cache: rolesCache, signedPrincipal: rolesPrincipal, traceparent }),
            })
          : options.purposeCheckOnly
            ? createPurposeChecker(principal, options.name)
            : null,
      };
    },
    jsonRoutes: options.jsonRoutes?.(readPrincipal),
    routes: {
      '/health/live': () => ({ status: 200, body: JSON.stringify({ status: 'live' }) }),
      '/health/ready': async () => {
        try {
          await options.readinessCheck();
          return { status: 200, body: JSON.stringify({ status: 'ready' }) };
        } catch {
          return { status: 503, body: JSON.stringify({ status: 'not ready', reason: 'store unreachable' }) };
        }
      },
    },
  });
}
