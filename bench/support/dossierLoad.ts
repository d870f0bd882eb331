/**
 * The workload the gateway benchmarks share: the demo client's dossier, asked by a municipal case worker under
 * schuldhulp-intake (gemeente leads the demo client's case, so the whole dossier is disclosed), with the load
 * settings from BENCH_CONNECTIONS, BENCH_SECONDS and BENCH_ROUNDS.
 */
import { print } from 'graphql';
import { DossierDocument } from '../../client/__generated__/graphql';
import { envInt } from '../../common';
import { demoBsns } from '../../partner-kit';
import { type BenchStack } from './benchStack';
import { type LoadOptions } from './load';

export async function dossierLoad(stack: BenchStack): Promise<Omit<LoadOptions, 'url'> & { rounds: number }> {
  const token = await stack.token({ sub: 'bench', org: '00000009200000000002', activities: ['schuldhulp-intake'], staff: false });
  return {
    body: JSON.stringify({ query: print(DossierDocument), variables: { bsn: demoBsns(1)[0] } }),
    headers: { authorization: `Bearer ${token}`, 'x-processing-activity': 'schuldhulp-intake' },
    connections: envInt('BENCH_CONNECTIONS', 16),
    durationSeconds: envInt('BENCH_SECONDS', 10),
    rounds: envInt('BENCH_ROUNDS', 3),
  };
}
