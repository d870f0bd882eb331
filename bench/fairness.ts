/**
 * `npm run bench:fairness`: does one organisation's flood of expensive operations starve another's? Three floods:
 * the alias bomb (6,000 aliases of one field, refused by the limits before it is parsed), and the costliest
 * batch the limits still allow (a thousand clients across every partner), with the per-organisation share on and
 * off (ORG_MAX_CONCURRENT and ORG_MAX_COST_IN_FLIGHT unbounded). Organisation B (a municipal case worker) asks the
 * dossier at a steady, modest concurrency; B's p99 is measured idle and under A's flood, one chain at a time.
 * Target: B's p99 under the flood within 2× its idle p99.
 *   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (B's, default 4), BENCH_FLOOD_CONNECTIONS (A's, default 32).
 */
import { print } from 'graphql';
import { ClientsOverviewDocument } from '../client/__generated__/graphql';
import { envInt, generateKeyPairJwk } from '../common';
import { demoBsns } from '../partner-kit';
import { startBenchStack, type BenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { printResults, runLoad, type LoadResult } from './support/load';

const FLOODING_ORG = '00000009300000000003';

interface Measured {
  idle: LoadResult;
  flooded: LoadResult;
  flood: LoadResult;
}

/** A's flood: the alias bomb (6,000 aliases; refused before parsing), or the costliest batch still allowed. */
type Flood = 'alias-bomb' | 'batch';

function floodBody(flood: Flood): string {
  if (flood === 'batch') return JSON.stringify({ query: print(ClientsOverviewDocument), variables: { bsns: demoBsns(1000) } });
  return JSON.stringify({ query: `query Bomb { ${Array.from({ length: 6000 }, (_, i) => `a${i}: partners { oin }`).join(' ')} }` });
}

async function measure(stack: BenchStack, label: string, floodKind: Flood = 'batch'): Promise<Measured> {
  const seconds = envInt('BENCH_SECONDS', 10);
  const victim = {
    ...(await dossierLoad(stack)),
    url: stack.oursUrl,
    connections: envInt('BENCH_CONNECTIONS', 4),
    durationSeconds: seconds,
  };
  const floodToken = await stack.token({ sub: 'flood', org: FLOODING_ORG, activities: ['schuldhulp-intake'], staff: false });
  const flood = {
    url: stack.oursUrl,
    body: floodBody(floodKind),
    headers: { authorization: `Bearer ${floodToken}`, 'x-processing-activity': 'schuldhulp-intake' },
    connections: envInt('BENCH_FLOOD_CONNECTIONS', 32),
    durationSeconds: seconds,
  };
  await runLoad(`warm-up ${label}`, { ...victim, durationSeconds: 5 });
  const idle = await runLoad(`${label}: B idle`, victim);
  // The flood starts first and runs a little longer, so B is measured entirely under it.
  const flooding = runLoad(`${label}: A flood`, { ...flood, durationSeconds: seconds + 2 });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const flooded = await runLoad(`${label}: B under A's flood`, victim);
  return { idle, flooded, flood: await flooding };
}

/** One chain at a time: a flood leaves work queued behind it that must not weigh on the other chain's figures. */
async function measureChain(label: string, env: NodeJS.ProcessEnv, flood: Flood): Promise<Measured> {
  console.log(`starting a chain (${label})…`);
  const stack = await startBenchStack({
    withPlainGateway: false,
    issuerKeys: await generateKeyPairJwk('bench-issuer'),
    subgraphEnv: { SEED_CLIENTS: '1000' },
    env,
  });
  try {
    return await measure(stack, label, flood);
  } finally {
    stack.stop();
  }
}

async function main(): Promise<void> {
  const aliasBomb = await measureChain('alias bomb, limits and share on', {}, 'alias-bomb');
  const withShare = await measureChain('batch, share on', {}, 'batch');
  const withoutShare = await measureChain(
    'batch, share off',
    { ORG_MAX_CONCURRENT: '10000', ORG_MAX_COST_IN_FLIGHT: '1000000000' },
    'batch',
  );
  const runs = [aliasBomb, withShare, withoutShare];
  printResults(runs.flatMap((m) => [m.idle, m.flood, m.flooded]));
  for (const [label, m] of [
    ['alias bomb (refused by the limits)', aliasBomb],
    ['batch, share on', withShare],
    ['batch, share off', withoutShare],
  ] as const) {
    console.log(
      `${label}: B's dossier p99 ${m.idle.p99} ms idle, ${m.flooded.p99} ms under A's flood (${(m.flooded.p99 / m.idle.p99).toFixed(2)}×); ` +
        `A got ${Math.round(m.flood.requestsPerSecond)} req/s, ${m.flood.non2xx} refused or failed`,
    );
  }
  if ([aliasBomb, withShare].some((m) => m.idle.non2xx + m.flooded.non2xx > 0)) {
    console.error("Some of B's requests failed: the figures above are not comparable.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
