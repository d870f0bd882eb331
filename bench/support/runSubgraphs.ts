/**
 * Benchmark helper process: the subgraphs named in BENCH_SUBGRAPHS (comma-separated; default all six) on the
 * ports in BENCH_SUBGRAPH_PORTS (comma-separated, in SUBGRAPH_NAMES order), trusting GATEWAY_PUBLIC_JWK, on the
 * store the environment names (SQLite files in DATA_DIR, or PostgreSQL with DATABASE_URL and
 * DATABASE_SCHEMA_PREFIX), seeded with SEED_CLIENTS clients. BENCH_SUBGRAPH_VARIANT builds them with a part left
 * out, to measure what it costs (production code has no switch for either):
 * - `checks-off`: no sharing checks (no owner's check at the partners, no purpose check at regie; bench/policy.ts);
 * - `logs-off`: no processing log (bench/logging.ts);
 * - `partners-20ms`: every partner subgraph (not regie) answers its GraphQL requests 20 ms late, as a remote partner
 *   would (bench/gateway.ts: the dossier's latency is then the gateway's own hops plus one partner round trip).
 */
import { importKey, loadRegister, parseJwk, requireEnv, storeConfigFromEnv } from '../../common';
import { INTERMEDIARY_SUBGRAPH, SUBGRAPH_NAMES, subgraphDefaults } from '../../subgraphs/partners';
import { type Server } from 'node:http';
import {
  launchSubgraph,
  rolesStreamFromEnv,
  seedCountFromEnv,
  type ServeSubgraph,
  startSubgraph,
  subjectKeyFromEnv,
} from '../../partner-kit';
import { subgraphModules } from '../../subgraphs/modules';
import { partnerKeyFromEnv } from '../../partner-kit/subgraph/partnerKeyFromEnv';

const PARTNER_DELAY_MS = 20;

/** Holds every GraphQL request `delayMs` before the subgraph handles it (its body waits, unread, meanwhile). */
function delayGraphQL(server: Server, delayMs: number): void {
  const handlers = server.listeners('request') as Array<(...args: unknown[]) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: { url?: string }, res: unknown) => {
    const handle = () => handlers.forEach((handler) => handler.call(server, req, res));
    if (req.url?.split('?')[0] === '/graphql') setTimeout(handle, delayMs);
    else handle();
  });
}

function serveVariant(variant: string): ServeSubgraph {
  switch (variant) {
    case '':
      return startSubgraph;
    case 'checks-off':
      return (options) => startSubgraph({ ...options, disclosure: undefined, purposeCheckOnly: false });
    case 'logs-off':
      return (options) => startSubgraph({ ...options, processingLog: undefined });
    case 'partners-20ms':
      return async (options) => {
        const running = await startSubgraph(options);
        if (options.disclosure) delayGraphQL(running.server, PARTNER_DELAY_MS);
        return running;
      };
    default:
      throw new Error(`BENCH_SUBGRAPH_VARIANT must be "checks-off", "logs-off" or "partners-20ms" (or unset), got "${variant}"`);
  }
}

async function main(): Promise<void> {
  const ports = requireEnv('BENCH_SUBGRAPH_PORTS').split(',').map(Number);
  const gatewayKey = await importKey(parseJwk(requireEnv('GATEWAY_PUBLIC_JWK'), 'GATEWAY_PUBLIC_JWK'));
  const modules = subgraphModules();
  const rolesUrl = `http://127.0.0.1:${ports[SUBGRAPH_NAMES.indexOf(INTERMEDIARY_SUBGRAPH)]}/graphql`;
  const only = process.env.BENCH_SUBGRAPHS?.split(',');
  const serve = serveVariant(process.env.BENCH_SUBGRAPH_VARIANT ?? '');
  await Promise.all(
    SUBGRAPH_NAMES.filter((name) => !only || only.includes(name)).map(async (name) =>
      launchSubgraph(
        modules[name],
        {
          store: storeConfigFromEnv(name),
          gatewayKey,
          port: ports[SUBGRAPH_NAMES.indexOf(name)] ?? 0,
          seedClients: seedCountFromEnv(),
          intermediary: INTERMEDIARY_SUBGRAPH,
          rolesUrl,
          owner: modules[name].sharesPartnerData ? subgraphDefaults(name).demoOwner : undefined,
          // Generated under DATA_DIR, where regie (in this or another helper process) reads the public half.
          partnerKey: modules[name].sharesPartnerData ? await partnerKeyFromEnv(name, process.env) : undefined,
          rolesStream: rolesStreamFromEnv(process.env),
          register: loadRegister(),
          subjectKey: subjectKeyFromEnv(name),
        },
        serve,
      ),
    ),
  );
  console.log('READY');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
