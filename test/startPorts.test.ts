/**
 * `npm start` with every port overridden: the real start script runs the chain as separate processes, and every
 * process reaches the others on the ports given (the gateway the subgraphs, the partners regie for their role
 * lookups), never on a default port, where some other program may listen and would receive a live principal and
 * clients' BSNs. Traps on the default ports, held for the whole run, prove nothing of ours listened or called there.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_GATEWAY_PORT, FIRST_SUBGRAPH_PORT } from '../common';
import { SUBGRAPH_NAMES } from '../subgraphs/partners';
import { demoBsns } from '../partner-kit';
import { postGraphQL } from './support/graphql';

const ROOT = join(__dirname, '..');
const DEFAULT_PORTS = [DEFAULT_GATEWAY_PORT, ...SUBGRAPH_NAMES.map((_, index) => FIRST_SUBGRAPH_PORT + index)];
/** Settings the chain must not inherit from the environment the tests run in: the test gives its own. */
const INHERITED = /^(NODE_ENV|HOST|PORT|[A-Z]+_PORT|REGIE_URL|SUBGRAPH_URL_[A-Z]+|DATA_DIR|DATABASE_URL|SEED_CLIENTS|LOG_LEVEL)$/;

interface Trap {
  port: number;
  server: Server;
  /** Connections received, HTTP or not. */
  connections: number;
}

/** A server on a default port that answers 503 and counts who called; null when the port is taken already. */
function trap(port: number): Promise<Trap | null> {
  const server = createHttpServer((_request, response) => response.writeHead(503).end());
  const result: Trap = { port, server, connections: 0 };
  server.on('connection', () => (result.connections += 1));
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(result));
  });
}

/** The lowest port the kernel hands out for listen(0) and outgoing connections (Linux; 32768 elsewhere). */
function firstEphemeralPort(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Free ports below the ephemeral range: the chain binds them seconds later, and meanwhile the other test files'
 * listen(0) servers and outgoing connections take ports from that range only, so none can take these.
 */
async function freePorts(count: number): Promise<number[]> {
  const low = 20_000;
  const high = Math.max(low + 1_000, firstEphemeralPort() - 1);
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (!ports.has(port) && (await canListen(port))) ports.add(port);
  }
  return [...ports];
}

/** Resolves once the start script prints that the chain is running; rejects if it ends first. */
function untilRunning(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not finish starting:\n${output.join('')}`)), 150_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('ketenregie is running.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`npm start ended (${signal ?? `exit code ${code}`}):\n${output.join('')}`));
    });
  });
}

async function refusesConnections(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

describe('npm start on ports that cannot work', () => {
  const run = promisify(execFile);
  it.each([
    ['two processes on one port', { REGIE_PORT: '45001', UWV_PORT: '45001' }, /REGIE_PORT and UWV_PORT are both 45001/],
    ['port 0 ("any free port": no URL to hand on)', { PORT: '0' }, /PORT=0 is not supported by npm start/],
  ])('refuses %s before starting anything', async (_case, ports, message) => {
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED.test(name))), ...ports };
    const failure = run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], { cwd: ROOT, env, timeout: 60_000 });
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
  });
});

describe('npm start on ports of its own', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenregie-start-'));
  const output: string[] = [];
  let traps: Trap[] = [];
  let chain: ChildProcess;
  let gatewayPort = 0;
  let subgraphPorts: number[] = [];
  let env: NodeJS.ProcessEnv = {};

  beforeAll(async () => {
    traps = (await Promise.all(DEFAULT_PORTS.map(trap))).filter((t): t is Trap => t !== null);
    [gatewayPort = 0, ...subgraphPorts] = await freePorts(1 + SUBGRAPH_NAMES.length);
    env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED.test(name))),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      SEED_CLIENTS: '40',
      PORT: String(gatewayPort),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [`${name.toUpperCase()}_PORT`, String(subgraphPorts[index])])),
    };
    chain = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    chain.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await untilRunning(chain, output);
  }, 180_000);

  afterAll(async () => {
    if (chain && chain.exitCode === null && chain.signalCode === null) {
      const gone = new Promise((resolve) => chain.once('exit', resolve));
      chain.kill('SIGTERM');
      await gone;
    }
    await Promise.all(traps.map((t) => new Promise((resolve) => t.server.close(resolve))));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers the demo client's dossier through the gateway, with the roles from its own regie", async () => {
    // As the README says: a dev token from `npm run token`, for the same data folder.
    const { stdout: token } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'token.ts'), '--org', 'gemeente', '--activity', 'schuldhulp-intake'],
      { cwd: ROOT, env },
    );
    const [bsn] = demoBsns(1);
    const query = `{ client(bsn: "${bsn}") { bsn gemeente { debtHelp { status } } uwv { benefits { type } } } }`;
    const response = await postGraphQL<{
      client: { bsn: string; gemeente: { debtHelp: { status: string } | null } | null; uwv: { benefits: { type: string }[] } | null };
    }>(`http://127.0.0.1:${gatewayPort}/graphql`, { query }, { token: token.trim(), activity: 'schuldhulp-intake' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.client.bsn).toBe(bsn);
    expect(response.data?.client.gemeente?.debtHelp?.status).toBeTruthy();
    // UWV discloses benefits only to a partner with a role in the client's case: it asked regie, on regie's port.
    expect(response.data?.client.uwv?.benefits.length).toBeGreaterThan(0);
  });

  it('has the gateway reach every subgraph on its own port', async () => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/health/partners`);
    expect(response.status).toBe(200);
  });

  it('neither listens on nor calls a default port', () => {
    // The traps held the default ports from before the start: a process of the chain bound to one would have
    // failed to start, and a call to one would be counted here.
    expect(traps.length).toBeGreaterThan(0);
    expect(traps.filter((t) => t.connections > 0).map((t) => `${t.port}: ${t.connections} connection(s)`)).toEqual([]);
  });

  it('stops every process on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => chain.once('exit', (code) => resolve(code)));
    chain.kill('SIGTERM');
    expect(await exit).toBe(0);
    for (const port of [gatewayPort, ...subgraphPorts]) expect(await refusesConnections(port)).toBe(true);
  });
});
