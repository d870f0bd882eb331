/**
 * The gateway's configuration, read once from the environment (README, "Configuration"). In production
 * (NODE_ENV=production) keys and trusted issuers must be given; in development the local dev issuer and a
 * generated principal key under the data folder are used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CryptoKey, type JSONWebKeySet } from 'jose';
import {
  dataDir,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_REGISTER_PATH,
  devKeyFile,
  envInt,
  envPort,
  envString,
  envUrl,
  fromSetting,
  importKey,
  isProduction,
  isValidOin,
  type KeyPairJwk,
  loadOrCreateKeyPairFile,
  loadRegister,
  type OperationLimits,
  operationLimitsFromEnv,
  parseJwk,
  type Register,
  requireEnv,
  type StoreConfig,
  storeConfigFromEnv,
} from '../../common';
import { type AuditWitnessing, auditWitnessingFromEnv } from './audit/auditHeadHandOver';
import { DEFAULT_AUDIENCE, DEV_ISSUER, devIssuerJwks, loadDevIssuerKeys } from './auth/devIssuer';
import { type TrustedIssuer } from './auth/tokenVerifier';
import { clientAccessFromEnv, type ClientAccessConfig } from './clientAccess';
import { DEFAULT_ORGANISATION_SHARE, type OrganisationShareOptions } from './organisationShare';
import {
  partnerCircuitFromEnv,
  type PartnerCircuitSettings,
  subgraphTimeoutFromEnv,
  subgraphTimeoutsFromEnv,
} from './partners/partnerSettings';
import { supergraphSubgraphs } from './supergraphGraphs';

export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphSdl: string;
  /** Where the supergraph was read from, to read it again on a change (SUPERGRAPH_WATCH) or SIGHUP; absent: never reloaded. */
  supergraphReload?: SupergraphReloadConfig;
  /** Subgraph URLs by name; these override the URLs in the supergraph (and `subgraphUrlFor`). */
  subgraphUrls?: Record<string, string>;
  /** The URL of a subgraph that `subgraphUrls` does not name, e.g. one a reloaded supergraph adds (SUBGRAPH_URL_<NAME>); absent: the supergraph's own. */
  subgraphUrlFor?: (name: string, supergraphUrl: string) => string;
  /** The subgraph that answers the partners' role lookups (ROLES_SUBGRAPH); absent: the one that resolves `Query.rolesOf`. */
  rolesSubgraph?: string;
  trustedIssuers: TrustedIssuer[];
  audience: string;
  algorithms: string[];
  /** The gateway's private key for signing principals. */
  principalKey: CryptoKey;
  register: Register;
  /** How long the gateway waits for a subgraph without a timeout of its own; also how long a role-lookup principal lives. */
  subgraphTimeoutMs: number;
  /** Timeouts of single subgraphs, by name (SUBGRAPH_TIMEOUT_MS_<NAME>); absent: each waits `subgraphTimeoutMs`. */
  subgraphTimeoutsMs?: Readonly<Record<string, number>>;
  /** When a partner's circuit opens and how long it stays open (./partners/partnerSettings.ts); absent: the defaults. */
  partnerCircuit?: PartnerCircuitSettings;
  /** Persisted operations, introspection, served pages (./clientAccess.ts); absent: the committed manifest, not required, schema for staff only, no pages built. */
  clientAccess?: ClientAccessConfig;
  /** The dev issuer's keys, when it is trusted (never in production): development sign-in in the explorer. */
  devSignIn?: KeyPairJwk;
  /** Where the audit log (who asked) is kept: the gateway's own store. */
  auditStore: StoreConfig;
  /** Signs the audit log's head and hands it to the partners to witness; absent: not witnessed. */
  auditWitnessing?: AuditWitnessing;
  /** What one operation may ask (depth, aliases, cost, …); absent: DEFAULT_OPERATION_LIMITS. */
  operationLimits?: OperationLimits;
  /** How many operations one organisation may have in progress and waiting; absent: DEFAULT_ORGANISATION_SHARE. */
  organisationShare?: OrganisationShareOptions;
}

export interface SupergraphReloadConfig {
  /** SUPERGRAPH_PATH: read again on SIGHUP, and on a change in its directory when `watch` is on. */
  path: string;
  /** SUPERGRAPH_WATCH (default on): reload when the file, or the ConfigMap directory holding it, changes. */
  watch: boolean;
}

/** ORG_MAX_CONCURRENT, ORG_MAX_COST_IN_FLIGHT, ORG_MAX_QUEUED, ORG_QUEUE_TIMEOUT_MS (see organisationShare.ts). */
export function organisationShareFromEnv(env: NodeJS.ProcessEnv): OrganisationShareOptions {
  const maxConcurrent = envInt('ORG_MAX_CONCURRENT', DEFAULT_ORGANISATION_SHARE.maxConcurrent, env);
  if (maxConcurrent < 1) throw new Error('ORG_MAX_CONCURRENT must be at least 1');
  return {
    maxConcurrent,
    maxCostInFlight: envInt('ORG_MAX_COST_IN_FLIGHT', DEFAULT_ORGANISATION_SHARE.maxCostInFlight, env),
    maxQueued: envInt('ORG_MAX_QUEUED', DEFAULT_ORGANISATION_SHARE.maxQueued, env),
    queueTimeoutMs: envInt('ORG_QUEUE_TIMEOUT_MS', DEFAULT_ORGANISATION_SHARE.queueTimeoutMs, env),
  };
}

function parseTrustedIssuers(text: string): TrustedIssuer[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(
      'TRUSTED_ISSUERS must be JSON: [{"issuer": "...", "jwksUri": "https://..."} or {"issuer": "...", "jwks": {"keys": [...]}}]',
    );
  }
  if (!Array.isArray(parsed)) throw new Error('TRUSTED_ISSUERS must be a JSON list');
  return parsed.map((entry: unknown, index) => {
    const item = entry as { issuer?: unknown; jwksUri?: unknown; jwks?: unknown; orgs?: unknown; staff?: unknown; citizens?: unknown };
    if (typeof item.issuer !== 'string') throw new Error(`TRUSTED_ISSUERS[${index}] needs an "issuer"`);
    if (item.orgs !== undefined && !(Array.isArray(item.orgs) && item.orgs.every((o) => typeof o === 'string' && isValidOin(o)))) {
      throw new Error(`TRUSTED_ISSUERS[${index}].orgs must be a list of 20-digit OINs`);
    }
    if (item.staff !== undefined && typeof item.staff !== 'boolean')
      throw new Error(`TRUSTED_ISSUERS[${index}].staff must be true or false`);
    if (item.citizens !== undefined && typeof item.citizens !== 'boolean')
      throw new Error(`TRUSTED_ISSUERS[${index}].citizens must be true or false`);
    const trust = {
      issuer: item.issuer,
      orgs: item.orgs as string[] | undefined,
      staff: item.staff === true,
      citizens: item.citizens === true,
    };
    if (typeof item.jwksUri === 'string') {
      if (!/^https?:$/.test(URL.canParse(item.jwksUri) ? new URL(item.jwksUri).protocol : ''))
        throw new Error(`TRUSTED_ISSUERS[${index}].jwksUri must be an http(s) URL`);
      return { ...trust, jwksUri: item.jwksUri };
    }
    if (typeof item.jwks === 'object' && item.jwks !== null && Array.isArray((item.jwks as JSONWebKeySet).keys)) {
      return { ...trust, jwks: item.jwks as JSONWebKeySet };
    }
    throw new Error(`TRUSTED_ISSUERS[${index}] needs "jwksUri" or "jwks"`);
  });
}

/** A subgraph's URL: SUBGRAPH_URL_<NAME>, else the supergraph's URL (127.0.0.1 on the default port); throws when neither is a URL. */
export function subgraphUrlFromEnv(env: NodeJS.ProcessEnv, name: string, supergraphUrl: string): string {
  return envUrl(`SUBGRAPH_URL_${name.toUpperCase()}`, supergraphUrl, env);
}

/** Subgraph URLs: SUBGRAPH_URL_<NAME> per subgraph of the supergraph, else the supergraph's URL. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv, supergraphSdl: string): Record<string, string> {
  return Object.fromEntries(supergraphSubgraphs(supergraphSdl).map(({ name, url }) => [name, subgraphUrlFromEnv(env, name, url)]));
}

function supergraphWatchFromEnv(env: NodeJS.ProcessEnv): boolean {
  const raw = envString('SUPERGRAPH_WATCH', 'on', env);
  if (raw !== 'on' && raw !== 'off') throw new Error(`SUPERGRAPH_WATCH must be "on" or "off", got "${raw}"`);
  return raw === 'on';
}

export async function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  const production = isProduction(env);
  const trustedIssuers = env.TRUSTED_ISSUERS || production ? parseTrustedIssuers(requireEnv('TRUSTED_ISSUERS', env)) : [];
  // The dev issuer (any organisation, staff too) only outside production, and only by choice once real issuers are set.
  if (env.DEV_ISSUER && !['on', 'off'].includes(env.DEV_ISSUER))
    throw new Error(`DEV_ISSUER must be "on" or "off", got "${env.DEV_ISSUER}"`);
  if (production && env.DEV_ISSUER === 'on') throw new Error('DEV_ISSUER=on is refused in production (NODE_ENV=production)');
  const devIssuer = !production && (!env.TRUSTED_ISSUERS || env.DEV_ISSUER === 'on');
  const devIssuerKeys = devIssuer ? await loadDevIssuerKeys(env) : undefined;
  if (devIssuerKeys) trustedIssuers.push({ issuer: DEV_ISSUER, staff: true, citizens: true, jwks: devIssuerJwks(devIssuerKeys) });
  const principalJwk =
    production || env.GATEWAY_PRIVATE_JWK
      ? parseJwk(requireEnv('GATEWAY_PRIVATE_JWK', env), 'GATEWAY_PRIVATE_JWK')
      : (await loadOrCreateKeyPairFile(devKeyFile('gateway-principal', env), 'gateway-dev')).privateJwk;
  if (!('d' in principalJwk)) throw new Error('GATEWAY_PRIVATE_JWK must be a private key (with "d"); the subgraphs get its public half');
  const supergraphPath = envString('SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH, env);
  const supergraphSdl = fromSetting('SUPERGRAPH_PATH', () => readFileSync(supergraphPath, 'utf8'));
  return {
    port: envPort('PORT', DEFAULT_GATEWAY_PORT, env),
    host: envString('HOST', '127.0.0.1', env),
    supergraphSdl,
    supergraphReload: { path: supergraphPath, watch: supergraphWatchFromEnv(env) },
    subgraphUrls: subgraphUrlsFromEnv(env, supergraphSdl),
    // A subgraph that a reloaded supergraph adds: its SUBGRAPH_URL_<NAME> as set at start, else the supergraph's URL.
    subgraphUrlFor: (name, supergraphUrl) => subgraphUrlFromEnv(env, name, supergraphUrl),
    ...(env.ROLES_SUBGRAPH ? { rolesSubgraph: env.ROLES_SUBGRAPH } : {}),
    trustedIssuers,
    audience: envString('TOKEN_AUDIENCE', DEFAULT_AUDIENCE, env),
    algorithms: envString('TOKEN_ALGORITHMS', 'EdDSA,ES256,RS256,PS256', env)
      .split(',')
      .map((a) => a.trim()),
    principalKey: await importKey(principalJwk),
    register: fromSetting('REGISTER_PATH', () => loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH, env))),
    subgraphTimeoutMs: subgraphTimeoutFromEnv(env),
    subgraphTimeoutsMs: subgraphTimeoutsFromEnv(
      env,
      supergraphSubgraphs(supergraphSdl).map(({ name }) => name),
    ),
    partnerCircuit: partnerCircuitFromEnv(env),
    clientAccess: clientAccessFromEnv(env),
    ...(devIssuerKeys ? { devSignIn: devIssuerKeys } : {}),
    // Replicas share one audit log: the schema "gateway" in DATABASE_URL, or DATA_DIR/gateway.sqlite.
    auditStore: storeConfigFromEnv('gateway', { ...env, DATA_DIR: dataDir(env) }),
    auditWitnessing: await auditWitnessingFromEnv(env),
    operationLimits: operationLimitsFromEnv(env),
    organisationShare: organisationShareFromEnv(env),
  };
}
