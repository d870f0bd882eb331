/**
 * Runs one subgraph as its own process, configured by environment variables (see README, "Configuration"),
 * and stops it gracefully on SIGTERM/SIGINT. Each subgraph's `src/index.ts` is a single call to this.
 */
import { dataDir, devKeyFile, envInt, envPort, envString, envUrl, FIRST_SUBGRAPH_PORT, fromSetting, isProduction, requireEnv } from '../config';
import { storeConfigFromEnv } from '../db/store';
import { importKey, loadOrCreateKeyPairFile, parseJwk } from '../keys';
import { operationLimitsFromEnv, subgraphLimitsFrom } from '../limits/operationLimits';
import { loggerFor } from '../logger';
import { SUBGRAPH_NAMES, subgraphOwner } from '../partners';
import { subjectKeyFromEnv } from '../processingLog/subjectKey';
import { DEFAULT_REGISTER_PATH, loadRegister } from '../register';
import { seedCountFromEnv } from '../seed/population';
import { prepareEnv } from '../startupEnv';
import { launchSubgraph, type SubgraphModule } from './launchSubgraph';

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
export function runSubgraphFromEnv<DB, TLoaders>(module: SubgraphModule<DB, TLoaders>, env = process.env): void {
  startFromEnv(module, env).catch((error: unknown) => {
    console.error(`${module.name}: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

async function startFromEnv<DB, TLoaders>(module: SubgraphModule<DB, TLoaders>, env: NodeJS.ProcessEnv): Promise<void> {
  prepareEnv(env);
  const log = loggerFor(`subgraph:${module.name}`);
  const defaultPort = FIRST_SUBGRAPH_PORT + SUBGRAPH_NAMES.indexOf(module.name);
  const running = await launchSubgraph(module, {
    // First, so a wrong owner stops the start before any key or store file is touched.
    owner: module.sharesPartnerData ? subgraphOwner(module.name, env) : undefined,
    store: storeConfigFromEnv(module.name, { ...env, DATA_DIR: dataDir(env) }),
    gatewayKey: await gatewayPublicKey(env),
    port: envPort('PORT', defaultPort, env),
    host: envString('HOST', '127.0.0.1', env),
    seedClients: seedCountFromEnv(env),
    regieUrl: envUrl('REGIE_URL', `http://127.0.0.1:${FIRST_SUBGRAPH_PORT + SUBGRAPH_NAMES.indexOf('regie')}/graphql`, env),
    rolesCacheTtlMs: envInt('ROLES_CACHE_TTL_MS', 0, env),
    register: fromSetting('REGISTER_PATH', () => loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH, env))),
    subjectKey: subjectKeyFromEnv(module.name, env),
    operationLimits: subgraphLimitsFrom(operationLimitsFromEnv(env)),
  });
  log.info({ url: running.url }, 'subgraph ready');
  const shutdown = (signal: string) => {
    log.info({ signal }, 'stopping');
    running.stop().then(
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
