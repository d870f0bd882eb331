/**
 * Runs the gateway as its own process, configured by environment variables; stops gracefully on SIGTERM/SIGINT and
 * reads its supergraph file again on SIGHUP (serving it only if it passes every check).
 */
import { loggerFor, prepareEnv, serveMetricsFromEnv } from '../../common';
import { gatewayConfigFromEnv } from './config';
import { startGateway } from './server';
import { onReloadSignal } from './supergraph/reloadSignal';

const log = loggerFor('gateway');

async function main(): Promise<void> {
  const gateway = await startGateway(await gatewayConfigFromEnv(prepareEnv()));
  const metrics = await serveMetricsFromEnv('gateway', process.env, log);
  log.info({ url: gateway.url, supergraph: gateway.supergraph.current().hash }, 'gateway ready');
  onReloadSignal(() => gateway.supergraph.reload('signal'));
  const shutdown = (signal: string) => {
    log.info({ signal }, 'stopping: finishing requests in flight');
    Promise.all([gateway.stop(), metrics?.stop()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`gateway: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
