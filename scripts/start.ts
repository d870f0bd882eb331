/**
 * `npm start`: the whole chain on one machine. Each subgraph runs as its own process with its own store (SQLite
 * files under data/, or PostgreSQL schemas when DATABASE_URL is set) and seeded demo data; then the gateway.
 * Ports: PORT (gateway, 4000) and <NAME>_PORT per subgraph (default: its port in the partner registry); each
 * process is handed the others' URLs. METRICS_PORT, when set, is the gateway's metrics port; the subgraphs take the
 * ports after it, in registry order, so no two processes ask for the same one.
 * Prints the URLs, a demo BSN and how to get a token. Ctrl-C (or SIGTERM) stops everything gracefully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_GATEWAY_PORT, devKeyFile, envPort, loadOrCreateKeyPairFile, metricsServerOptionsFromEnv } from '../common';
import { SUBGRAPH_NAMES, SUBGRAPH_PORTS, type SubgraphName } from '../subgraphs/partners';
import { DEMO_BSN_INDEX, demoBsns } from '../partner-kit';
import { loadDevIssuerKeys } from '../gateway/src/auth/devIssuer';
import { buildWeb, WEB_OUT } from './build-web';

const ROOT = join(__dirname, '..');
const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], { env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void stopAll(1);
  });
  children.push(child);
  return child;
}

async function waitUntilReady(name: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not become ready within ${timeoutMs / 1000} s (${url})`);
}

async function stopAll(exitCode: number): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(exitCode);
}

/**
 * The ports of the chain: the gateway's from PORT, each subgraph's from <NAME>_PORT (e.g. UWV_PORT). Every process
 * that talks to another is given its URL from these (the gateway every subgraph's, the partners regie's), so an
 * override never leaves a process calling the default port, where something else may listen.
 */
function chainPorts(): { gateway: number; subgraphs: Record<SubgraphName, number> } {
  const gateway = envPort('PORT', DEFAULT_GATEWAY_PORT);
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, envPort(`${name.toUpperCase()}_PORT`, SUBGRAPH_PORTS[name])]),
  ) as Record<SubgraphName, number>;
  const named: [string, number][] = [
    ['PORT', gateway],
    ...SUBGRAPH_NAMES.map((name): [string, number] => [`${name.toUpperCase()}_PORT`, subgraphs[name]]),
  ];
  for (const [setting, port] of named) {
    // The URLs handed to the other processes must name the real port; "any free port" cannot be handed on.
    if (port === 0) throw new Error(`${setting}=0 is not supported by npm start: give each process a port of its own`);
    const other = named.find(([otherSetting, otherPort]) => otherPort === port && otherSetting !== setting);
    if (other) throw new Error(`${setting} and ${other[0]} are both ${port}: give each process a port of its own`);
  }
  return { gateway, subgraphs };
}

/** Each process's metrics port (METRICS_PORT for the gateway, the next ones for the subgraphs), or none when unset. */
function metricsPorts(): Map<string, number> | null {
  const first = metricsServerOptionsFromEnv()?.port;
  if (first === undefined) return null;
  const names = ['gateway', ...SUBGRAPH_NAMES];
  if (first === 0) throw new Error(`METRICS_PORT=0 is not supported by npm start: give the first of ${names.length} free ports`);
  return new Map(names.map((name, index) => [name, first + index]));
}

function metricsEnv(ports: Map<string, number> | null, name: string): Record<string, string> {
  const port = ports?.get(name);
  return port === undefined ? {} : { METRICS_PORT: String(port) };
}

function localUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const ports = chainPorts();
  const metrics = metricsPorts();
  // Create the development keys once, before the processes that read them start.
  await loadDevIssuerKeys();
  // The explorer and the reference front end, served by the gateway.
  await buildWeb();
  await loadOrCreateKeyPairFile(devKeyFile('gateway-principal'), 'gateway-dev');
  const childEnv = { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, localUrl(ports.subgraphs[name])]),
  );

  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const port = ports.subgraphs[name];
      // The partners send their role lookups (a principal and clients' BSNs) to this regie, and to no other; regie
      // asks an opener's subgraph (SUBGRAPH_URL_*) whether it knows the client.
      run(name, `subgraphs/${name}/src/index.ts`, {
        ...childEnv,
        PORT: String(port),
        REGIE_URL: localUrl(ports.subgraphs.regie),
        ...subgraphUrls,
        ...metricsEnv(metrics, name),
      });
      await waitUntilReady(name, `http://127.0.0.1:${port}/health/ready`);
    }),
  );
  const gatewayPort = ports.gateway;
  run('gateway', 'gateway/src/index.ts', {
    ...childEnv,
    ...subgraphUrls,
    PORT: String(gatewayPort),
    WEB_APP_DIR: WEB_OUT,
    ...metricsEnv(metrics, 'gateway'),
  });
  await waitUntilReady('gateway', `http://127.0.0.1:${gatewayPort}/health/ready`);

  const demoBsn = demoBsns(DEMO_BSN_INDEX + 1)[DEMO_BSN_INDEX];
  console.log(`
ketenregie is running.
  Gateway   http://127.0.0.1:${gatewayPort}/graphql   (health: /health/live, /health/ready)
  Explorer  http://127.0.0.1:${gatewayPort}/explorer  (staff; sign in with a development identity)
  Front end http://127.0.0.1:${gatewayPort}/app/      (the reference case-worker page)
  Subgraphs ${SUBGRAPH_NAMES.map((name) => `${name} ${subgraphUrls[`SUBGRAPH_URL_${name.toUpperCase()}`]}`).join('\n            ')}
${metrics ? `  Metrics   ${[...metrics].map(([name, port]) => `${name} http://127.0.0.1:${port}/metrics`).join('\n            ')}\n` : ''}  Demo BSN  ${demoBsn} (known to every partner; all demo BSNs are fictitious)

Get a dev token and ask for the demo client's dossier:
  TOKEN=$(npm run -s token -- --org gemeente --activity schuldhulp-intake)
  curl -s http://127.0.0.1:${gatewayPort}/graphql -H "authorization: Bearer $TOKEN" \\
    -H 'x-processing-activity: schuldhulp-intake' -H 'content-type: application/json' \\
    -d '{"query":"{ client(bsn: \\"${demoBsn}\\") { bsn gemeente { debtHelp { status totalDebt } } uwv { benefits { type monthlyAmount } } } }"}'
After a schema change: npm run compose, and the running gateway serves the new supergraph (new subgraph code needs a restart).
Press Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  void stopAll(1);
});
