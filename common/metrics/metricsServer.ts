/**
 * The `/metrics` listener: Prometheus' text format on a port of its own (METRICS_PORT), apart from the GraphQL
 * port, so the scrape target can be reached from inside the cluster (the monitoring namespace) without ever being
 * routed to the public. It answers GET /metrics and nothing else; it is off unless the process is given a port.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { envPort, envString } from '../config';
import { type Logger } from 'pino';
import { collectProcessMetrics, metricsText } from './registry';

export interface MetricsServerOptions {
  port: number;
  host: string;
}

export interface RunningMetricsServer {
  /** The scrape URL, e.g. `http://10.0.0.5:9464/metrics`. */
  url: string;
  stop(): Promise<void>;
}

/** METRICS_PORT (unset: no listener) and METRICS_HOST (default HOST, else 127.0.0.1). */
export function metricsServerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsServerOptions | undefined {
  if (env.METRICS_PORT === undefined || env.METRICS_PORT === '') return undefined;
  return { port: envPort('METRICS_PORT', 0, env), host: envString('METRICS_HOST', envString('HOST', '127.0.0.1', env), env) };
}

export async function startMetricsServer(options: MetricsServerOptions): Promise<RunningMetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.statusCode = 404;
      res.end();
      return;
    }
    metricsText().then(
      ({ contentType, body }) => {
        res.setHeader('content-type', contentType);
        res.end(body);
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a service's entry point: process metrics under the service's name, and the listener when METRICS_PORT is set
 * (its URL logged as `metrics served`, for whoever scrapes it).
 */
export async function serveMetricsFromEnv(
  service: string,
  env: NodeJS.ProcessEnv,
  log: Pick<Logger, 'info'>,
): Promise<RunningMetricsServer | undefined> {
  collectProcessMetrics(service);
  const options = metricsServerOptionsFromEnv(env);
  if (!options) return undefined;
  const running = await startMetricsServer(options);
  log.info({ metricsUrl: running.url }, 'metrics served');
  return running;
}
