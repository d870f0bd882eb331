/**
 * The gateway's Apollo Server plugins, one concern each, as one ordered list. Apollo Server runs the
 * `didResolveOperation` hooks of all plugins together and answers with the first refusal, so the order decides
 * which refusal a caller sees when several apply; every check refuses on its own, also when it cannot tell which
 * operation to judge. What must happen before parsing (token count, persisted operations, anonymous introspection,
 * authentication) is not here: see ../requestAdmission.ts.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { type OperationLimits, operationLimitsPlugin } from '../../../common';
import { auditLogPlugin } from '../audit/auditLogPlugin';
import { requestMetricsPlugin } from '../metrics/requestMetrics';
import { type GatewayContext } from '../context';
import { type SchemaVisibility } from '../introspection';
import { type OrganisationShare } from '../organisationShare';
import { citizenScopePlugin } from './citizenScope';
import { operationResolutionPlugin } from './operationResolution';
import { organisationSharePlugin } from './organisationShare';
import { purposeCheckPlugin } from './purposeCheck';
import { scalarValidationPlugin } from './scalarValidation';
import { schemaVisibilityPlugin } from './schemaVisibility';
import { tracingPlugin } from './tracing';

export interface GatewayPluginParts {
  visibility: SchemaVisibility;
  limits: OperationLimits;
  organisationShare: OrganisationShare;
  /** The operation names the metrics may name (the manifest's); any other is counted as `other`. */
  knownOperations: ReadonlySet<string>;
  /** Whether requests carry spans (traces are exported: gateway/src/tracing/); without, no tracing plugin runs. */
  traced?: boolean;
}

export type GatewayConcern =
  | 'no-phoning-home'
  | 'metrics'
  | 'tracing'
  | 'schema-visibility'
  | 'citizen-scope'
  | 'operation-resolution'
  | 'limits'
  | 'organisation-share'
  | 'scalar-validation'
  | 'purpose'
  | 'audit';

export interface GatewayPlugin {
  concern: GatewayConcern;
  plugin: ApolloServerPlugin<GatewayContext>;
}

export function gatewayPlugins(parts: GatewayPluginParts): GatewayPlugin[] {
  return [
    // Not checks: Apollo Server would otherwise load its landing page from a CDN and offer usage and schema reports.
    { concern: 'no-phoning-home', plugin: ApolloServerPluginLandingPageDisabled() },
    { concern: 'no-phoning-home', plugin: ApolloServerPluginUsageReportingDisabled() },
    { concern: 'no-phoning-home', plugin: ApolloServerPluginSchemaReportingDisabled() },
    // Not a check: counts every answer and refusal by code and times it, from the start of the request.
    { concern: 'metrics', plugin: requestMetricsPlugin(parts.knownOperations) },
    // Not a check: a span per phase, opened before the checks below run (only when traces are exported).
    ...(parts.traced ? [{ concern: 'tracing' as const, plugin: tracingPlugin(parts.knownOperations) }] : []),
    // First refusal: an introspection attempt is refused as what it is, before its size or shape is judged; it also
    // strips "Did you mean …?" from whatever error a caller who may not see the schema receives.
    { concern: 'schema-visibility', plugin: schemaVisibilityPlugin(parts.visibility) },
    // A citizen's token serves only the inquiry: a citizen learns that before anything about limits or purposes.
    { concern: 'citizen-scope', plugin: citizenScopePlugin() },
    // Every later check judges one operation: a request that does not name one is refused as such (BAD_REQUEST).
    { concern: 'operation-resolution', plugin: operationResolutionPlugin() },
    // Depth, aliases and cost before the organisation's share, so an operation over the limits is not worth a place.
    { concern: 'limits', plugin: operationLimitsPlugin(parts.limits) },
    // Waits for a place by estimated cost (429 past the queue); gives it back when the answer leaves, refused or not.
    { concern: 'organisation-share', plugin: organisationSharePlugin(parts.organisationShare, parts.limits) },
    // Our scalars' values (BSN, OIN, Money, dates) before purpose: a bad BSN is a bad request, whatever the purpose.
    { concern: 'scalar-validation', plugin: scalarValidationPlugin() },
    // Purpose binding, the last check before planning: every policied field must allow the declared activity.
    { concern: 'purpose', plugin: purposeCheckPlugin() },
    // Last: records the outcome of whatever the checks above decided (ASKED is written by the data source).
    { concern: 'audit', plugin: auditLogPlugin() },
  ];
}
