/**
 * The production shape on one machine: the six subgraphs and any number of gateway replicas, each its own OS
 * process started from its real entry point (subgraphs/<name>/src/index.ts, gateway/src/index.ts), configured
 * only by environment variables, all on one PostgreSQL database (a schema per subgraph, and the gateway's own), or
 * without one each on SQLite files of its own (then with one gateway). Processes can be killed, frozen and restarted
 * on the same port, so tests can take a replica or a partner away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateKeyPairJwk, type KeyPairJwk, loadRegister } from '../../common';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/partners';
import { signDevToken } from '../../gateway/src/auth/devIssuer';
import { type UserClaims } from '../../gateway/src/auth/claims';
import { SUITE_LOG_DIR } from './suiteLogDir';

const ROOT = join(__dirname, '..', '..');
const suiteLogDir = process.env[SUITE_LOG_DIR];
const CLUSTER_ISSUER = 'https://cluster-test.ketenregie.invalid';
const ALL_ACTIVITIES = loadRegister().activities.map((activity) => activity.id);

export interface ClusterOptions {
  /** The shared PostgreSQL database; absent: each process keeps SQLite files in the cluster's data folder (one gateway only). */
  databaseUrl?: string;
  /** How many gateway replicas start (default 2). */
  gateways?: number;
  /** More settings for every process (e.g. LOG_LEVEL, METRICS_PORT). */
  env?: NodeJS.ProcessEnv;
  seedClients: number;
  /** How long a gateway waits for a subgraph before PARTNER_UNAVAILABLE. */
  subgraphTimeoutMs: number;
}

export interface ClusterProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

export interface Cluster {
  /** Where the processes keep their stores and their logs (`<name>.log`, every line each wrote); removed by stop(). */
  dataDir: string;
  /** The schema prefix of this cluster's stores in the shared database. */
  schemaPrefix: string;
  subgraphs: Record<SubgraphName, ClusterProcess>;
  gateways: ClusterProcess[];
  /** Starts one more gateway replica on the same subgraphs, keys and database. */
  startGateway(name: string): Promise<ClusterProcess>;
  /** Ends a process at once, as a crash or an evicted pod would (SIGKILL), and waits until it is gone. */
  kill(target: ClusterProcess): Promise<void>;
  /** Starts a subgraph again on its own port and store, and waits until it is ready. */
  restartSubgraph(name: SubgraphName): Promise<ClusterProcess>;
  token(claims: Partial<UserClaims>): Promise<string>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const gone = new Promise<void>((resolve) => (exited(child) ? resolve() : child.once('exit', () => resolve())));
  if (!exited(child)) child.kill(signal);
  await gone;
}

/**
 * Runs an entry point as a service process and resolves with its URL once its log says it is ready (the
 * services log `{ url, msg: "… ready" }`). Started on port 0, a service reports the port it got, so no free port
 * is guessed and then raced for by other tests. Every log line is kept in `logFile`; a start-up failure shows it.
 */
function startService(name: string, entry: string, env: NodeJS.ProcessEnv, logFile: string): Promise<ClusterProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    let ready = false;
    const keep = (line: string) => {
      appendFileSync(logFile, `${line}\n`);
      // Also where the suite's teardown searches every log line for personal data (suiteLogScan.ts).
      if (suiteLogDir) appendFileSync(join(suiteLogDir, `process-${name}-${child.pid}.log`), `${line}\n`);
      if (!ready) output.push(line);
    };
    createInterface({ input: child.stderr }).on('line', keep);
    createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line);
      if (ready) return;
      const record = parseLogLine(line);
      if (typeof record?.url === 'string' && typeof record.msg === 'string' && record.msg.endsWith('ready')) {
        ready = true;
        resolve({ name, url: record.url, child });
      }
    });
    child.once('exit', (code, signal) => {
      if (!ready)
        reject(new Error(`${name} stopped before it was ready (${signal ?? `exit code ${code}`}):\n${output.slice(-20).join('\n')}`));
    });
  });
}

function parseLogLine(line: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A URL nothing answers on (port 1 on the loopback): a call to it is refused at once. */
const NO_PARTNER_URL = 'http://127.0.0.1:1/graphql';

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenregie-cluster-'));
  // Dropped by the global teardown with every other schema of this test run (test/support/globalSetup.js).
  const schemaPrefix = `${process.env.KETENREGIE_TEST_RUN ?? 'tlocal'}_c${randomBytes(3).toString('hex')}_`;
  const gatewayKeys: KeyPairJwk = await generateKeyPairJwk('cluster-gateway');
  const issuerKeys: KeyPairJwk = await generateKeyPairJwk('cluster-issuer');
  const subgraphs = {} as Record<SubgraphName, ClusterProcess>;
  // What every service reads, as an operator would set it (no NODE_ENV=production: the tests send ad-hoc operations).
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    DATABASE_SCHEMA_PREFIX: schemaPrefix,
    ...options.env,
  };
  const subgraphEnv = (port: number) => ({
    ...common,
    PORT: String(port),
    GATEWAY_PUBLIC_JWK: JSON.stringify(gatewayKeys.publicJwk),
    REGIE_URL: subgraphs.regie?.url ?? '',
    SEED_CLIENTS: String(options.seedClients),
    // regie starts before the partners, so it cannot be given their URLs: its questions to them (whether a partner
    // knows a client) fail at once. Without these it would ask the partners' default ports, where another chain
    // may run (npm start, or a test holding those ports).
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, NO_PARTNER_URL])),
  });
  const gatewayEnv = () => ({
    ...common,
    PORT: '0',
    GATEWAY_PRIVATE_JWK: JSON.stringify(gatewayKeys.privateJwk),
    TRUSTED_ISSUERS: JSON.stringify([{ issuer: CLUSTER_ISSUER, staff: true, citizens: true, jwks: { keys: [issuerKeys.publicJwk] } }]),
    SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs),
    ...Object.fromEntries(Object.values(subgraphs).map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, s.url])),
  });

  const running: ClusterProcess[] = [];
  const launch = async (name: string, entry: string, env: NodeJS.ProcessEnv) => {
    const started = await startService(name, entry, env, join(dataDir, `${name}.log`));
    running.push(started);
    return started;
  };
  const launchSubgraph = async (name: SubgraphName, port = 0) => {
    subgraphs[name] = await launch(name, `subgraphs/${name}/src/index.ts`, subgraphEnv(port));
    return subgraphs[name];
  };
  const startGateway = (name: string) => launch(name, 'gateway/src/index.ts', gatewayEnv());
  const stop = async () => {
    await Promise.all(running.map((p) => endProcess(p.child, 'SIGTERM')));
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    // regie first: the partners ask it for roles; then the partners side by side, then the gateway replicas.
    await launchSubgraph('regie');
    await Promise.all(SUBGRAPH_NAMES.filter((name) => name !== 'regie').map((name) => launchSubgraph(name)));
    const replicas = Array.from({ length: options.gateways ?? 2 }, (_, i) => `gateway-${String.fromCharCode(97 + i)}`);
    const gateways = await Promise.all(replicas.map(startGateway));
    return {
      dataDir,
      schemaPrefix,
      subgraphs,
      gateways,
      startGateway,
      kill: (target) => endProcess(target.child, 'SIGKILL'),
      async restartSubgraph(name) {
        const port = Number(new URL(subgraphs[name].url).port);
        await endProcess(subgraphs[name].child, 'SIGKILL');
        return launchSubgraph(name, port);
      },
      token: (claims) =>
        signDevToken(issuerKeys, {
          issuer: CLUSTER_ISSUER,
          claims: { sub: 'cluster-user', org: '00000009200000000002', activities: ALL_ACTIVITIES, staff: false, ...claims },
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
