/**
 * The intermediary's gateway: Apollo Gateway over the composed supergraph, served by Apollo Server with token
 * verification, the signed principal to subgraphs, BSN validation before planning, masked errors, health routes,
 * and nothing that phones home (no landing page from a CDN, no usage or schema reporting).
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { sql } from 'kysely';
import { openStore } from '../../common/db/store';
import { createErrorFormatter } from '../../common/formatError';
import { ChainedLog, chainedLogMigrations } from '../../common/processingLog/chainedLog';
import { auditLogPlugin } from './audit/auditLogPlugin';
import { startGraphQLHttpServer, type RunningHttpServer } from '../../common/http/graphqlHttpServer';
import { loggerFor } from '../../common/logger';
import { createTokenVerifier } from './auth/tokenVerifier';
import { type GatewayConfig } from './config';
import { createContextFactory, type GatewayContext } from './context';
import { clientAccessWiring } from './clientAccessWiring';
import { createPartnersCheck, createReadinessCheck } from './health';
import { PartnerDataSource } from './partnerDataSource';
import { scalarValidationPlugin } from './plugins/scalarValidation';
import { purposeCheckPlugin } from './plugins/purposeCheck';
import { citizenScopePlugin } from './plugins/citizenScope';
import { operationResolutionPlugin } from './plugins/operationResolution';
import { operationLimitsPlugin } from '../../common/limits/limitsPlugin';
import { DEFAULT_OPERATION_LIMITS } from '../../common/limits/operationLimits';
import { refuseOversizedDocuments } from './documentSize';
import { DEFAULT_ORGANISATION_SHARE, OrganisationShare } from './organisationShare';
import { organisationSharePlugin } from './plugins/organisationShare';

// Apollo's libraries read this; ketenregie never sends telemetry unless an operator deliberately turns it back on.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export interface RunningGateway extends RunningHttpServer {
  /** The audit log (who asked), in the gateway's own store. */
  auditLog: ChainedLog;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = loggerFor('gateway');
  const auditStore = await openStore<unknown>(config.auditStore, chainedLogMigrations('audit_log'));
  const auditLog = ChainedLog.in(auditStore.db, auditStore.dialect, 'audit_log');
  const dataSources: PartnerDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService({ name, url }) {
      const source = new PartnerDataSource({ name, url: config.subgraphUrls[name] ?? url ?? '', timeoutMs: config.subgraphTimeoutMs });
      dataSources.push(source);
      return source;
    },
  });
  const clientAccess = clientAccessWiring(config);
  const limits = config.operationLimits ?? DEFAULT_OPERATION_LIMITS;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...clientAccess.apolloOptions,
    // Documents are counted before they are parsed (documentSize.ts); this is the parser's own backstop.
    parseOptions: { maxTokens: limits.maxTokens },
    // Order matters only for which refusal a caller sees first; every check refuses on its own.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      operationResolutionPlugin(),
      operationLimitsPlugin(limits),
      organisationSharePlugin(new OrganisationShare(config.organisationShare ?? DEFAULT_ORGANISATION_SHARE), limits),
      scalarValidationPlugin(),
      citizenScopePlugin(),
      ...clientAccess.plugins,
      ...(config.policyChecks === false ? [] : [purposeCheckPlugin()]),
      ...(config.auditLog === false ? [] : [auditLogPlugin(auditLog, config.register, log)]),
    ],
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
  });
  const verifyToken = createTokenVerifier({ issuers: config.trustedIssuers, audience: config.audience, algorithms: config.algorithms });
  const buildContext = clientAccess.context(createContextFactory({ verifyToken, register: config.register, principalKey: config.principalKey }));
  const http = await startGraphQLHttpServer({
    apollo,
    port: config.port,
    host: config.host,
    async context(req, request) {
      refuseOversizedDocuments(request, limits.maxTokens);
      return buildContext(req, request);
    },
    routes: {
      '/health/live': () => ({ status: 200, body: JSON.stringify({ status: 'live' }) }),
      '/health/ready': createReadinessCheck(() => sql`select 1`.execute(auditStore.db)),
      '/health/partners': createPartnersCheck(config.subgraphUrls),
      ...clientAccess.routes,
    },
    jsonRoutes: clientAccess.jsonRoutes,
  });
  return {
    ...http,
    auditLog,
    async stop() {
      await http.stop();
      await Promise.all(dataSources.map((source) => source.close()));
      await auditStore.close();
    },
  };
}
