/** Runs the gateway as its own process, configured by environment variables; stops gracefully on SIGTERM/SIGINT. */
import { loggerFor, prepareEnv } from '../../common';
import { gatewayConfigFromEnv } from './config';
import { startGateway } from './server';

const log = loggerFor('gateway');

async function main(): Promise<void> {
  const gateway = await startGateway(await gatewayConfigFromEnv(prepareEnv()));
  log.info({ url: gateway.url }, 'gateway ready');
  const shutdown = (signal: string) => {
    log.info({ signal }, 'stopping: finishing requests in flight');
    gateway.stop().then(
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
