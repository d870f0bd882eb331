/**
 * The processes a benchmark measures: the six subgraphs (one process), our gateway, and optionally a plain
 * @apollo/gateway on the same subgraphs, each its own Node process on a free port, with fresh keys and an issuer
 * our gateway trusts.
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairJwk, type KeyPairJwk } from '../../common';
import { SUBGRAPH_NAMES } from '../../subgraphs/partners';
import { signDevToken } from '../../gateway/src/auth/devIssuer';
import { type UserClaims } from '../../gateway/src/auth/claims';
import { benchCores, freePort, pinThisProcess, startProcess, stopProcesses } from './processes';

const BENCH_ISSUER = 'https://bench.ketenregie.invalid';

export interface BenchStack {
  oursUrl: string;
  plainUrl: string | null;
  token(claims: UserClaims): Promise<string>;
  /** Where the processes keep their SQLite stores and keys (removed by stop unless told to keep it). */
  dataDir: string;
  /** The processes, named (the subgraphs each runs, `gateway`, `plain gateway`), for memory sampling. */
  processes(): Array<{ label: string; pid: number }>;
  stop(options?: { keepData?: boolean }): void;
}

export interface BenchStackOptions {
  withPlainGateway: boolean;
  /** Extra environment for the subgraph process (e.g. DATABASE_URL, SEED_CLIENTS). */
  subgraphEnv?: NodeJS.ProcessEnv;
  /** The subgraphs without their sharing checks or without their processing log (runSubgraphs.ts); default: as in production. */
  subgraphVariant?: 'checks-off' | 'logs-off';
  /** Extra environment for the subgraph process and our gateway alike (e.g. DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** Our gateway without its purpose check or without its audit log (runBenchGateway.ts); default: as in production. */
  gatewayVariant?: 'checks-off' | 'logs-off';
  /** The token issuer's keys, to share one issuer (and so one token) between stacks. */
  issuerKeys?: KeyPairJwk;
  /**
   * One process per subgraph, as partners run them in production, instead of all six in one (default:
   * BENCH_PROCESS_PER_SUBGRAPH=1). In one process every subgraph waits behind the others' work.
   */
  processPerSubgraph?: boolean;
}

export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenregie-bench-'));
  const gatewayKeys = await generateKeyPairJwk('bench-gateway');
  const issuerKeys = options.issuerKeys ?? (await generateKeyPairJwk('bench-issuer'));
  const subgraphPorts = await Promise.all(SUBGRAPH_NAMES.map(() => freePort()));
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${subgraphPorts[i]}/graphql`]),
  );
  const children: ChildProcess[] = [];
  const labels: string[] = [];
  const stop = (options: { keepData?: boolean } = {}) => {
    stopProcesses(children);
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const subgraphEnv = {
      BENCH_SUBGRAPH_PORTS: subgraphPorts.join(','),
      GATEWAY_PUBLIC_JWK: JSON.stringify(gatewayKeys.publicJwk),
      DATA_DIR: dataDir,
      ...options.env,
      ...options.subgraphEnv,
      ...(options.subgraphVariant ? { BENCH_SUBGRAPH_VARIANT: options.subgraphVariant } : {}),
    };
    // Gateways on one core, everything else (subgraphs, this process with its load generator) on the other.
    const cores = benchCores();
    if (cores) pinThisProcess(cores.rest);
    const separate = options.processPerSubgraph ?? process.env.BENCH_PROCESS_PER_SUBGRAPH === '1';
    const groups = separate ? SUBGRAPH_NAMES.map((name) => [name]) : [[...SUBGRAPH_NAMES]];
    children.push(
      ...(await Promise.all(
        groups.map((names) =>
          startProcess('bench/support/runSubgraphs.ts', { ...subgraphEnv, BENCH_SUBGRAPHS: names.join(',') }, undefined, cores?.rest),
        ),
      )),
    );
    labels.push(...groups.map((names) => names.join('+')), 'gateway');
    const gatewayEnv = { ...subgraphUrls, GATEWAY_PRIVATE_JWK: JSON.stringify(gatewayKeys.privateJwk), DATA_DIR: dataDir, ...options.env };
    const oursPort = await freePort();
    const variant = options.gatewayVariant;
    children.push(
      await startProcess(
        variant ? 'bench/support/runBenchGateway.ts' : 'gateway/src/index.ts',
        {
          ...gatewayEnv,
          ...(variant ? { BENCH_GATEWAY_VARIANT: variant } : {}),
          PORT: String(oursPort),
          TRUSTED_ISSUERS: JSON.stringify([{ issuer: BENCH_ISSUER, staff: true, citizens: true, jwks: { keys: [issuerKeys.publicJwk] } }]),
        },
        `http://127.0.0.1:${oursPort}/health/ready`,
        cores?.gateway,
      ),
    );
    let plainUrl: string | null = null;
    if (options.withPlainGateway) {
      const plainPort = await freePort();
      children.push(
        await startProcess('bench/support/runPlainGateway.ts', { ...gatewayEnv, PORT: String(plainPort) }, undefined, cores?.gateway),
      );
      plainUrl = `http://127.0.0.1:${plainPort}/graphql`;
      labels.push('plain gateway');
    }
    return {
      oursUrl: `http://127.0.0.1:${oursPort}/graphql`,
      plainUrl,
      dataDir,
      token: (claims) => signDevToken(issuerKeys, { issuer: BENCH_ISSUER, claims }),
      processes: () =>
        children.flatMap((child, index) =>
          child.pid === undefined ? [] : [{ label: labels[index] ?? `process ${index}`, pid: child.pid }],
        ),
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
