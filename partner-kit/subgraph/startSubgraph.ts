/**
 * Builds and serves one partner subgraph: its SDL and resolvers as an Apollo Federation subgraph, a per-request
 * context (verified principal plus fresh DataLoaders), masked errors and health routes. Every subgraph starts
 * through this function, so they all behave the same at the boundary.
 */
import { type IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from './resolverMap';
import { type DocumentNode } from 'graphql';
import { type CryptoKey } from 'jose';
import {
  createErrorFormatter,
  DEFAULT_OPERATION_LIMITS,
  entityTypes,
  type JsonRouteHandler,
  loggerFor,
  type OperationLimits,
  operationLimitsPlugin,
  type Principal,
  PRINCIPAL_HEADER,
  readPolicies,
  type RunningHttpServer,
  startGraphQLHttpServer,
  subgraphLimitsFrom,
  traceparentFor,
  type TraceContext,
} from '../../common';
import { measuredJsonRoutes, subgraphMetricsPlugin } from '../metrics/subgraphMetrics';
import { applyDisclosurePipeline, type RequestDisclosures } from '../policy/disclosurePipeline';
import { planDisclosures } from '../policy/disclosurePlan';
import { RolesCache } from '../policy/rolesCache';
import { type RolesStream, startRolesStream } from '../policy/rolesStream';
import { type InquiryService } from '../processingLog/inquiry';
import { processingLogPlugin, type ProcessingLogSettings } from '../processingLog/processingLogPlugin';
import { createPrincipalReader, type PrincipalReader } from './principalContext';
import { type RoleLookupPartners } from './rolesPrincipalCheck';
import { createRequestDisclosures, type CheckSetup, type DisclosureOptions } from './requestDisclosures';
import { rolesOnlyScopePlugin } from './rolesOnlyScope';
import { requestSpansOf, requestTraceOf, type SubgraphRequestSpans, subgraphTracingFromEnv } from './subgraphTracing';

export interface SubgraphContext<TLoaders> {
  principal: Principal;
  /** 'roles' when the request may only look up roles (regie); see common/principal.ts. */
  principalScope: 'full' | 'roles';
  loaders: TLoaders;
  /** The disclosure pipeline's state: data subjects, the owner's check (regie: its purpose part), the log's record. */
  disclosures: RequestDisclosures;
  /** Answers a citizen's inquiry from this subgraph's processing log. */
  inquiry: InquiryService;
  /** The request's signed principal and trace, as received: regie passes them on to ask an opener's subgraph. */
  received: { signedPrincipal: string; traceparent?: string };
  /** The subgraph's own span in the caller's trace: what its processing log records, the role lookup's parent. */
  trace: TraceContext;
  /** That span and its children, when traces are exported (subgraphTracing.ts). */
  spans?: SubgraphRequestSpans;
}

export interface SubgraphOptions<TLoaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
  /** Fresh loaders for each request, so nothing cached crosses requests or callers. */
  createLoaders: (principal: Principal) => TLoaders;
  /** The gateway's public key, to verify the signed principal. */
  gatewayKey: CryptoKey;
  /** Set for the intermediary's subgraph (its partners' keys): it also accepts role-lookup principals (limited to `rolesOf`). */
  answersRoleLookups?: RoleLookupPartners;
  /** Plain JSON routes beside GraphQL, given the subgraph's principal reader (regie's role lookup). */
  jsonRoutes?: (readPrincipal: PrincipalReader) => Record<string, JsonRouteHandler>;
  /** Set for partner subgraphs: every field with a @disclose policy is then checked per client. */
  disclosure?: DisclosureOptions;
  /** Set for regie instead: its own case rules decide who sees a case, so its @disclose fields are checked for purpose only. */
  purposeCheckOnly?: boolean;
  inquiry: InquiryService;
  /** The subgraph's processing log; every subgraph keeps one (only a benchmark builds one without, in bench/). */
  processingLog?: ProcessingLogSettings;
  /** Throws when the subgraph cannot serve (e.g. its store is unreachable). */
  readinessCheck: () => Promise<void>;
  /** What one operation may ask of this subgraph; absent: derived from the gateway's defaults. */
  operationLimits?: OperationLimits;
  port: number;
  host?: string;
}

function checkSetupOf(options: SubgraphOptions<unknown>): CheckSetup {
  const owner = options.disclosure;
  if (owner) return { kind: 'owner', options: owner, rolesCache: owner.rolesStream === false ? undefined : new RolesCache() };
  return options.purposeCheckOnly ? { kind: 'purpose', subgraphName: options.name } : { kind: 'none' };
}

/** A partner keeps looked-up roles while it follows regie's role-change stream (partner-kit/policy/rolesStream.ts). */
function followRoleChanges(checks: CheckSetup): RolesStream | undefined {
  if (checks.kind !== 'owner' || !checks.rolesCache) return undefined;
  const { rolesUrl, prover } = checks.options;
  return startRolesStream({ rolesUrl, prover, cache: checks.rolesCache });
}

export async function startSubgraph<TLoaders>(options: SubgraphOptions<TLoaders>): Promise<RunningHttpServer> {
  const log = loggerFor(`subgraph:${options.name}`);
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers });
  const checks = checkSetupOf(options);
  // The one place personal data is wrapped: subject, check, resolve, record (common/policy/disclosurePipeline.ts).
  const plan = planDisclosures(schema, readPolicies(options.typeDefs), {
    entities: entityTypes(options.typeDefs),
    checks: checks.kind !== 'none',
    records: options.processingLog !== undefined,
  });
  applyDisclosurePipeline(schema, plan);
  const readPrincipal = createPrincipalReader(options.gatewayKey, options.name, options.answersRoleLookups);
  // A subgraph defends itself: a query sent straight at it with a valid principal meets limits too.
  const limits = options.operationLimits ?? subgraphLimitsFrom(DEFAULT_OPERATION_LIMITS);
  // Traces only with an OTLP endpoint configured (OTEL_EXPORTER_OTLP_*); otherwise null, and nothing below traces.
  const tracing = subgraphTracingFromEnv(options.name);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    // No inline traces: they would hand resolver timings to whoever asks, and we report nothing to Apollo.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache-control hints (nobody reads them): Apollo's default plugin would wrap every field's resolver, which
      // cost regie about 15% of its CPU on rolesOf for 1,000 clients (issue 15).
      ApolloServerPluginCacheControlDisabled(),
      subgraphMetricsPlugin(),
      operationLimitsPlugin(limits),
      rolesOnlyScopePlugin(),
      ...(options.processingLog ? [processingLogPlugin(options.processingLog, log)] : []),
      ...(tracing ? [tracing.plugin()] : []),
    ],
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    // One operation per request: a batch would share one context (disclosures, role lookup, processing-log record)
    // between operations. The gateway merges its fetches into one operation instead (gateway/src/fetch/).
    allowBatchedHttpRequests: false,
    csrfPrevention: false,
  });
  const buildContext = async (req: IncomingMessage): Promise<SubgraphContext<TLoaders>> => {
    const { principal, scope, rolesPrincipal } = await readPrincipal(req);
    const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
    const trace = requestTraceOf(req);
    const spans = requestSpansOf(req);
    return {
      principal,
      principalScope: scope,
      loaders: options.createLoaders(principal),
      inquiry: options.inquiry,
      // regie is asked for roles on behalf of this subgraph's span, which its role-lookup records name as parent.
      disclosures: createRequestDisclosures(checks, {
        principal,
        rolesPrincipal,
        traceparent: traceparentFor(trace),
        ...(spans ? { traceCall: () => spans.call('subgraph.roles_lookup') } : {}),
      }),
      received: { signedPrincipal: String(req.headers[PRINCIPAL_HEADER]), traceparent },
      trace,
      ...(spans ? { spans } : {}),
    };
  };
  const jsonRoutes = options.jsonRoutes?.(readPrincipal);
  const http = await startGraphQLHttpServer({
    apollo,
    port: options.port,
    host: options.host,
    context: tracing?.context(buildContext) ?? buildContext,
    jsonRoutes: measuredJsonRoutes(tracing?.routes(jsonRoutes) ?? jsonRoutes),
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
  const roleChanges = followRoleChanges(checks);
  return {
    ...http,
    async stop() {
      roleChanges?.close();
      await http.stop();
      await tracing?.shutdown();
    },
  };
}
