/**
 * The intermediary's gateway: Apollo Gateway over the composed supergraph, served by Apollo Server. The request's
 * path: admission before parsing (requestAdmission.ts, with authentication in context.ts), the ordered plugin list
 * (plugins/index.ts), the partner data source (signed principal, audit trail, timeout), masked errors; plus health
 * routes and the pages for people (explorer, reference front end). Nothing phones home.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { sql } from 'kysely';
import { type Logger } from 'pino';
import {
  ChainedLog,
  chainedLogMigrations,
  createErrorFormatter,
  DEFAULT_OPERATION_LIMITS,
  type HeadHandOver,
  loggerFor,
  openStore,
  type Register,
  type RunningHttpServer,
  startGraphQLHttpServer,
} from '../../common';
import { startAuditHeadHandOver } from './audit/auditHeadHandOver';
import { auditTrails, refusalRecorder, type AuditTrailFactory, type RefusalRecorder } from './audit/auditTrail';
import { createTokenVerifier } from './auth/tokenVerifier';
import { defaultClientAccess } from './clientAccess';
import { type GatewayConfig } from './config';
import { createContextFactory, type GatewayContext } from './context';
import { pageRoutes } from './explorer/routes';
import { createPartnersCheck, createReadinessCheck } from './health';
import { schemaVisibility } from './introspection';
import { DEFAULT_ORGANISATION_SHARE, OrganisationShare } from './organisationShare';
import { fetchPath } from './fetch/fetchPath';
import { measuredDataSource } from './metrics/fetchMetrics';
import { operationNamesOf } from './metrics/operationNames';
import { countedPersistedOperationCache } from './metrics/persistedOperationCache';
import { circuitBreakingDataSource } from './partners/circuitBreakingDataSource';
import { PartnerCircuits } from './partners/partnerCircuit';
import { SubgraphDataSources } from './partners/subgraphDataSources';
import { DEFAULT_PARTNER_CIRCUIT } from './partners/partnerSettings';
import { servedSupergraph, watchServedSupergraph } from './supergraph/servedSupergraph';
import { type SupergraphReloader } from './supergraph/supergraphReloader';
import { warnOnInvalidPersistedOperations } from './supergraph/persistedOperationsCheck';
import { createPersistedAdmission } from './persisted/admission';
import { boundedDocumentStore } from './persisted/documentStore';
import { manifestQueryCache } from './persisted/manifest';
import { gatewayPlugins, type GatewayPlugin, type GatewayPluginParts } from './plugins';
import { admittedContext } from './requestAdmission';
import { gatewayTracingFromEnv } from './tracing/gatewayTracing';

// Apollo's libraries read this; ketenregie never sends telemetry unless an operator deliberately turns it back on.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export interface RunningGateway extends RunningHttpServer {
  /** The audit log (who asked), in the gateway's own store. */
  auditLog: ChainedLog;
  /** Hands the audit log's signed head to the partners (with `auditWitnessing` only). */
  auditHandOver?: HeadHandOver;
  /** The served supergraph; `reload` reads SUPERGRAPH_PATH again (SIGHUP, file changes). */
  supergraph: SupergraphReloader;
}

/** The replaceable parts of a gateway; production uses every plugin and the audit log. Benchmarks vary them (bench/support/runBenchGateway.ts). */
export interface GatewayAssembly {
  plugins(parts: GatewayPluginParts): GatewayPlugin[];
  auditTrails(auditLog: ChainedLog, register: Register, log: Logger): AuditTrailFactory;
  refusals(auditLog: ChainedLog, register: Register, log: Logger): RefusalRecorder;
}

export const PRODUCTION_ASSEMBLY: GatewayAssembly = { plugins: gatewayPlugins, auditTrails, refusals: refusalRecorder };

export async function startGateway(config: GatewayConfig, assembly: GatewayAssembly = PRODUCTION_ASSEMBLY): Promise<RunningGateway> {
  const log = loggerFor('gateway');
  // Checked like every later candidate; one that may not be served stops the start (and a reload keeps the old one).
  const supergraph = servedSupergraph(config, log);
  const auditStore = await openStore<unknown>(config.auditStore, chainedLogMigrations('audit_log'));
  const auditLog = ChainedLog.in(auditStore.db, auditStore.dialect, 'audit_log');
  // Kept across reloads, as the circuits: a reload that keeps a subgraph at its URL opens no new pool.
  const dataSources = new SubgraphDataSources();
  const circuits = new PartnerCircuits(config.partnerCircuit ?? DEFAULT_PARTNER_CIRCUIT, log);
  const rolesSubgraph = supergraph.current().rolesSubgraph;
  // Traces only with an OTLP endpoint configured (OTEL_EXPORTER_OTLP_*); otherwise null, and nothing below traces.
  const tracing = gatewayTracingFromEnv();
  const gateway = new ApolloGateway({
    // Served through the reloader, whose `update` swaps it for new operations (./supergraph/supergraphReloader.ts).
    supergraphSdl: supergraph.hook,
    // Also in production: a reloaded supergraph that does not build is refused, not half served.
    validateSupergraph: true,
    // Each fetch carries its parsed operation, which the fetch path reads (gateway/src/fetch/) without parsing again.
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    ...(tracing ? { experimental_didResolveQueryPlan: tracing.didResolveQueryPlan } : {}),
    buildService({ name, url }) {
      const source = dataSources.of({
        name,
        url: supergraph.subgraphUrl(name, url ?? ''),
        timeoutMs: config.subgraphTimeoutsMs?.[name] ?? config.subgraphTimeoutMs,
        rolesSubgraph,
      });
      const guarded = circuitBreakingDataSource(circuits.of(name), source);
      return fetchPath(name, rolesSubgraph, measuredDataSource(name, tracing?.dataSource(guarded, name) ?? guarded));
    },
  });
  const access = config.clientAccess ?? defaultClientAccess();
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => warnOnInvalidPersistedOperations(apiSchema, access.persistedOperations.operations, log));
  const visibility = schemaVisibility(access.introspection);
  const limits = config.operationLimits ?? DEFAULT_OPERATION_LIMITS;
  const organisationShare = new OrganisationShare(config.organisationShare ?? DEFAULT_ORGANISATION_SHARE);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Introspection is always executable by Apollo; whether a caller may use it is ours to decide (introspection.ts).
    introspection: true,
    // A request that sends only a hash gets the manifest's document; nothing else is ever registered.
    persistedQueries: { cache: countedPersistedOperationCache(manifestQueryCache(access.persistedOperations.operations)), ttl: null },
    // Parsed documents bounded by their size on the heap; the manifest's are kept (persisted/documentStore.ts).
    documentStore: boundedDocumentStore(access.persistedOperations.operations),
    // Documents are counted before they are parsed (requestAdmission.ts); this is the parser's own backstop.
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: assembly
      .plugins({
        visibility,
        limits,
        organisationShare,
        knownOperations: operationNamesOf(access.persistedOperations.operations),
        traced: tracing !== null,
      })
      .map(({ plugin }) => plugin),
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
  });
  const verifyToken = createTokenVerifier({ issuers: config.trustedIssuers, audience: config.audience, algorithms: config.algorithms });
  const authenticate = createContextFactory({
    verifyToken,
    register: config.register,
    principalKey: config.principalKey,
    auditTrailFor: assembly.auditTrails(auditLog, config.register, log),
  });
  const persisted = createPersistedAdmission({
    operations: access.persistedOperations.operations,
    persistedOnly: access.persistedOperations.only,
  });
  const pages = pageRoutes({
    explorerDir: access.explorerDir,
    webAppDir: access.webAppDir,
    register: config.register,
    devSignIn: config.devSignIn,
  });
  const admitted = admittedContext({
    maxTokens: limits.maxTokens,
    persisted,
    visibility,
    authenticate,
    recordRefusal: assembly.refusals(auditLog, config.register, log),
  });
  const http = await startGraphQLHttpServer({
    apollo,
    port: config.port,
    host: config.host,
    context: tracing?.admission(admitted) ?? admitted,
    routes: {
      '/health/live': () => ({ status: 200, body: JSON.stringify({ status: 'live' }) }),
      '/health/ready': createReadinessCheck(() => sql`select 1`.execute(auditStore.db)),
      '/health/partners': createPartnersCheck(() => supergraph.current().subgraphUrls),
      ...pages.routes,
    },
    jsonRoutes: pages.jsonRoutes,
  });
  const auditHandOver =
    config.auditWitnessing &&
    startAuditHeadHandOver(auditLog, config.auditWitnessing, supergraph.current().subgraphUrls, rolesSubgraph, log);
  const supergraphWatch = watchServedSupergraph(config, supergraph, log);
  return {
    ...http,
    auditLog,
    auditHandOver,
    supergraph,
    async stop() {
      supergraphWatch?.close();
      await auditHandOver?.stop();
      await http.stop();
      await dataSources.close();
      await auditStore.close();
      await tracing?.shutdown();
    },
  };
}
