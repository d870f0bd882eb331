/**
 * The processes of the public federation workload: its four subgraphs (one process), our gateway as in production
 * (gateway/src/index.ts: token, purpose, limits, organisation share, audit log, persisted-only) and a plain
 * @apollo/gateway, on a supergraph composed here with the policy lint. With taskset, both gateways run on one core
 * and the subgraphs on the other (with the load generator, which the caller pins).
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairJwk, loadRegister } from '../../../common';
import { signDevToken } from '../../../gateway/src/auth/devIssuer';
import { composeSupergraph } from '../../../scripts/lib/composeSupergraph';
import { benchCores, freePort, startProcess, stopProcesses } from '../processes';
import { FEDERATION_SUBGRAPHS, federationSdl } from './schemas';
import { FEDERATION_CALLER, FEDERATION_REGISTER_PATH, federationManifest } from './workload';

const ISSUER = 'https://federation-bench.ketenregie.invalid';

export interface FederationStack {
  oursUrl: string;
  plainUrl: string;
  /** A token for the workload's caller, from an issuer our gateway trusts. */
  token: string;
  /** Reads each subgraph's count of GraphQL HTTP requests since the last read, and starts counting from zero. */
  takeSubgraphRequests(): Promise<Record<string, number>>;
  pids: { ours: number; plain: number };
  stop(): void;
}

export interface FederationStackOptions {
  /** Extra environment for our gateway (e.g. the organisation share sized for the load). */
  oursEnv: NodeJS.ProcessEnv;
}

export async function startFederationStack(options: FederationStackOptions): Promise<FederationStack> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenregie-federation-'));
  const children: ChildProcess[] = [];
  const stop = () => {
    stopProcesses(children);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const cores = benchCores();
    const ports = await Promise.all(FEDERATION_SUBGRAPHS.map(() => freePort()));
    const composed = composeSupergraph(
      FEDERATION_SUBGRAPHS.map((name, i) => ({ name, url: `http://127.0.0.1:${ports[i]}/graphql`, sdl: federationSdl(name) })),
      loadRegister(FEDERATION_REGISTER_PATH),
    );
    if (!composed.ok) throw new Error(`the workload does not compose:\n${composed.errors.join('\n')}`);
    const supergraphPath = join(dir, 'supergraph.graphql');
    const manifestPath = join(dir, 'persisted-documents.json');
    writeFileSync(supergraphPath, composed.supergraphSdl);
    writeFileSync(manifestPath, federationManifest());
    const gatewayKeys = await generateKeyPairJwk('federation-bench-gateway');
    const issuerKeys = await generateKeyPairJwk('federation-bench-issuer');

    children.push(
      await startProcess('bench/support/federation/runSubgraphs.ts', { BENCH_FEDERATION_PORTS: ports.join(',') }, undefined, cores?.rest),
    );
    const [oursPort, plainPort] = [await freePort(), await freePort()];
    children.push(
      await startProcess(
        'gateway/src/index.ts',
        {
          PORT: String(oursPort),
          DATA_DIR: dir,
          SUPERGRAPH_PATH: supergraphPath,
          REGISTER_PATH: FEDERATION_REGISTER_PATH,
          PERSISTED_MANIFEST_PATH: manifestPath,
          PERSISTED_ONLY: 'on',
          // The workload has no intermediary: accounts stands in, so the other three get a role-lookup principal per fetch, as partners do.
          ROLES_SUBGRAPH: 'accounts',
          GATEWAY_PRIVATE_JWK: JSON.stringify(gatewayKeys.privateJwk),
          TRUSTED_ISSUERS: JSON.stringify([{ issuer: ISSUER, jwks: { keys: [issuerKeys.publicJwk] } }]),
          ...options.oursEnv,
        },
        `http://127.0.0.1:${oursPort}/health/ready`,
        cores?.gateway,
      ),
    );
    children.push(
      await startProcess(
        'bench/support/federation/runPlainGateway.ts',
        { PORT: String(plainPort), SUPERGRAPH_PATH: supergraphPath },
        undefined,
        cores?.gateway,
      ),
    );
    const [, ours = 0, plain = 0] = children.map((child) => child.pid ?? 0);
    return {
      oursUrl: `http://127.0.0.1:${oursPort}/graphql`,
      plainUrl: `http://127.0.0.1:${plainPort}/graphql`,
      token: await signDevToken(issuerKeys, { issuer: ISSUER, claims: FEDERATION_CALLER }),
      async takeSubgraphRequests() {
        const response = await fetch(`http://127.0.0.1:${ports[0]}/requests`);
        return (await response.json()) as Record<string, number>;
      },
      pids: { ours, plain },
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
