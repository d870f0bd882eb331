/**
 * `npm run bench:outage`: what a frozen partner costs the dossier. UWV's subgraph runs in its own process and is
 * frozen (SIGSTOP: it takes connections and never answers, as a hung partner does). Measured on one chain with the
 * partners' circuit breakers as configured: healthy; from the moment of the freeze (the breaker's reaction: the
 * first requests wait for UWV's timeout until its circuit opens); frozen with the circuit open; and thawed again
 * (until a probe closes the circuit). Then on a second chain whose breakers never open, frozen: what every request
 * cost before the breaker. Prints requests/s and p50/p99 per phase.
 *   BENCH_SECONDS (default 10) per phase, BENCH_CONNECTIONS (default 16), SEED_CLIENTS (default 10000);
 *   SUBGRAPH_TIMEOUT_MS, PARTNER_CIRCUIT_FAILURES, PARTNER_CIRCUIT_COOL_DOWN_MS as for the gateway.
 */
import { type BenchStack, startBenchStack } from './support/benchStack';
import { dossierLoad } from './support/dossierLoad';
import { type LoadResult, printResults, runLoad } from './support/load';

const FROZEN = 'uwv';

/** Sends SIGSTOP or SIGCONT to the frozen partner's process. */
function signalPartner(stack: BenchStack, signal: 'SIGSTOP' | 'SIGCONT'): void {
  const partner = stack.processes().find((p) => p.label === FROZEN);
  if (!partner) throw new Error(`no process runs ${FROZEN} alone`);
  process.kill(partner.pid, signal);
}

async function withStack<T>(env: NodeJS.ProcessEnv, measure: (stack: BenchStack) => Promise<T>): Promise<T> {
  const stack = await startBenchStack({ withPlainGateway: false, processPerSubgraph: true, env });
  try {
    return await measure(stack);
  } finally {
    signalPartner(stack, 'SIGCONT');
    stack.stop();
  }
}

async function main(): Promise<void> {
  console.log(`seeding ${process.env.SEED_CLIENTS ?? 10000} clients and starting each subgraph in its own process, and the gateway…`);
  const results: LoadResult[] = [];
  await withStack({}, async (stack) => {
    const load = await dossierLoad(stack);
    const run = async (label: string) => results.push(await runLoad(label, { ...load, url: stack.oursUrl }));
    await runLoad('warm-up', { ...load, url: stack.oursUrl });
    await run('healthy');
    signalPartner(stack, 'SIGSTOP');
    await run(`${FROZEN} frozen, from the freeze`);
    await run(`${FROZEN} frozen, circuit open`);
    signalPartner(stack, 'SIGCONT');
    await run(`${FROZEN} thawed, until a probe closes`);
  });
  await withStack({ PARTNER_CIRCUIT_FAILURES: String(Number.MAX_SAFE_INTEGER) }, async (stack) => {
    const load = await dossierLoad(stack);
    await runLoad('warm-up', { ...load, url: stack.oursUrl });
    signalPartner(stack, 'SIGSTOP');
    results.push(await runLoad(`${FROZEN} frozen, no breaker`, { ...load, url: stack.oursUrl }));
  });
  printResults(results);
  const [healthy, , open, , unbroken] = results;
  if (healthy && open && unbroken) {
    console.log(
      `dossier p99 with ${FROZEN} frozen: ${open.p99} ms once its circuit is open, ${unbroken.p99} ms without a breaker ` +
        `(healthy: ${healthy.p99} ms); p50 ${open.p50} vs ${unbroken.p50} ms. Answers with ${FROZEN} frozen lack its ` +
        'section (PARTNER_UNAVAILABLE, HTTP 200).',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
