/**
 * Runs one subgraph as its own process, configured by environment variables (see README, "Configuration"),
 * and stops it gracefully on SIGTERM/SIGINT. Each subgraph's `src/index.ts` is a single call to this.
 */
import {
  dataDir,
  DEFAULT_REGISTER_PATH,
  devKeyFile,
  envPort,
  envString,
  envUrl,
  fromSetting,
  importKey,
  isProduction,
  loadOrCreateKeyPairFile,
  loadRegister,
  loggerFor,
  operationLimitsFromEnv,
  parseJwk,
  prepareEnv,
  serveMetricsFromEnv,
  requireEnv,
  storeConfigFromEnv,
  subgraphLimitsFrom,
} from '../../common';
import { subjectKeyFromEnv } from '../processingLog/subjectKey';
import { seedCountFromEnv } from '../seed/population';
import { logWitnessingFromEnv } from '../witness/logWitnessing';
import { launchSubgraph, type SubgraphModule, type SubgraphOwner } from './launchSubgraph';
import { partnerKeyFromEnv } from './partnerKeyFromEnv';
import { rolesStreamFromEnv } from '../policy/rolesStream';

/** What a subgraph assumes when its settings are not given: the chain's defaults, derived from the partner registry. */
export interface SubgraphDefaults {
  /** PORT's default. */
  port: number;
  /** The intermediary's subgraph (see SubgraphRuntimeOptions.intermediary). */
  intermediary: string;
  /** REGIE_URL's default: where the intermediary answers role lookups. */
  rolesUrl: string;
  /** The demo organisation that owns the subgraph's data, when OWNER_OIN is not set (development only). */
  demoOwner: SubgraphOwner;
}

/**
 * A partner subgraph's owner from its start-up settings: OWNER_OIN (and OWNER_NAME) when set, else the demo
 * partner; production requires OWNER_OIN. Read at start-up (runFromEnv), never at import.
 */
export function ownerFromEnv(env: NodeJS.ProcessEnv, demoOwner: SubgraphOwner): SubgraphOwner {
  if (env.NODE_ENV === 'production' && !env.OWNER_OIN) throw new Error('OWNER_OIN is required in production (NODE_ENV=production)');
  const oin = env.OWNER_OIN || demoOwner.oin;
  if (!/^\d{20}$/.test(oin)) throw new Error(`OWNER_OIN must be a 20-digit OIN, got ${JSON.stringify(oin)}`);
  return { oin, name: env.OWNER_NAME || demoOwner.name };
}

async function gatewayPublicKey(env: NodeJS.ProcessEnv) {
  if (isProduction(env) || env.GATEWAY_PUBLIC_JWK) {
    const jwk = parseJwk(requireEnv('GATEWAY_PUBLIC_JWK', env), 'GATEWAY_PUBLIC_JWK');
    // A subgraph needs only the public half; the private one would let it forge principals for every other subgraph.
    if ('d' in jwk) throw new Error('GATEWAY_PUBLIC_JWK holds a private key; give the subgraphs the public half only');
    return importKey(jwk);
  }
  const pair = await loadOrCreateKeyPairFile(devKeyFile('gateway-principal', env), 'gateway-dev');
  return importKey(pair.publicJwk);
}

/** Starts the subgraph; a configuration or start-up error ends the process with a message naming the cause. */
export function runSubgraphFromEnv<DB, TLoaders>(
  module: SubgraphModule<DB, TLoaders>,
  defaults: SubgraphDefaults,
  env = process.env,
): void {
  startFromEnv(module, defaults, env).catch((error: unknown) => {
    console.error(`${module.name}: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

async function startFromEnv<DB, TLoaders>(
  module: SubgraphModule<DB, TLoaders>,
  defaults: SubgraphDefaults,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  prepareEnv(env);
  const log = loggerFor(`subgraph:${module.name}`);
  const running = await launchSubgraph(module, {
    // First, so a wrong owner stops the start before any key or store file is touched.
    owner: module.sharesPartnerData ? ownerFromEnv(env, defaults.demoOwner) : undefined,
    store: storeConfigFromEnv(module.name, { ...env, DATA_DIR: dataDir(env) }),
    gatewayKey: await gatewayPublicKey(env),
    partnerKey: module.sharesPartnerData ? await partnerKeyFromEnv(module.name, env) : undefined,
    port: envPort('PORT', defaults.port, env),
    host: envString('HOST', '127.0.0.1', env),
    seedClients: seedCountFromEnv(env),
    intermediary: defaults.intermediary,
    rolesUrl: envUrl('REGIE_URL', defaults.rolesUrl, env),
    rolesStream: rolesStreamFromEnv(env),
    register: fromSetting('REGISTER_PATH', () => loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH, env))),
    subjectKey: subjectKeyFromEnv(module.name, env),
    operationLimits: subgraphLimitsFrom(operationLimitsFromEnv(env)),
    witnessing: await logWitnessingFromEnv(module.name, env),
  });
  const metrics = await serveMetricsFromEnv(module.name, env, log);
  log.info({ url: running.url }, 'subgraph ready');
  const shutdown = (signal: string) => {
    log.info({ signal }, 'stopping');
    Promise.all([running.stop(), metrics?.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: String(error) }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
