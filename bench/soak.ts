/**
 * `npm run bench:soak`: does any process's memory keep climbing under a long mixed load? The chain runs with one
 * process per subgraph; a bounded pool of workers sends, for BENCH_SOAK_MINUTES (default 30), a mix like a working
 * day: dossiers by three organisations, case work by the intermediary's staff (open, assign, revoke, close), case
 * views, citizens' inquiries, and deliberately bad requests. Every 10 s it samples each process's resident memory
 * (/proc/<pid>/status); at the end it prints, per process, the peak in each third of the run and the slope of a
 * least-squares line over the last two thirds (MB per minute): a leak shows as a slope that stays positive.
 * BENCH_HEAP_SNAPSHOTS=1 also writes heap snapshots of every process at a third and at the end (node's
 * --heapsnapshot-signal) into BENCH_SNAPSHOT_DIR (default: a temporary folder, printed), to compare in DevTools.
 *   BENCH_SOAK_MINUTES (30), BENCH_SOAK_WORKERS (8), SEED_CLIENTS (default 2000).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envInt } from '../common';
import { demoBsns } from '../partner-kit';
import { startBenchStack, type BenchStack } from './support/benchStack';

const MUNICIPALITY = '00000009200000000002';
const EMPLOYMENT_AGENCY = '00000009300000000003';
const DEBT_COUNSELLOR = '00000009700000000007';
const INTERMEDIARY = '00000009100000000001';

const DOSSIER =
  'query Dossier($bsn: BSN!) { client(bsn: $bsn) { bsn gemeente { debtHelp { status totalDebt } } uwv { benefits { type monthlyAmount } } svb { aow { monthlyAmount } } toeslagen { allowances { kind } } woningcorporatie { rentArrears { amount } } } }';
const CASE_STATE = 'id version roles { id role organisation { oin } }';
const OPEN = `mutation Open($bsn: BSN!) { openCase(bsn: $bsn, model: DIRECTOR, activity: "ketencoordinatie", reason: "soak") { ${CASE_STATE} } }`;
const ASSIGN = `mutation Assign($id: ID!, $org: OIN!, $v: Int!) { assignRole(caseId: $id, org: $org, role: CONTRIBUTOR, reason: "soak", expectedVersion: $v) { ${CASE_STATE} } }`;
const REVOKE = `mutation Revoke($id: ID!, $a: ID!, $v: Int!) { revokeRole(caseId: $id, assignmentId: $a, reason: "soak", expectedVersion: $v) { ${CASE_STATE} } }`;
const CLOSE = `mutation Close($id: ID!, $v: Int!) { closeCase(caseId: $id, reason: "soak", expectedVersion: $v) { ${CASE_STATE} } }`;
const VIEW = `query View($id: ID!) { case(id: $id) { ${CASE_STATE} history { kind at } } }`;
const MY_CASES = 'query Mine { myCases(first: 20) { nodes { id status } } }';
const INQUIRY =
  'query Inquiry($bsn: BSN!) { disclosureInquiry(bsn: $bsn) { bsn gemeente { disclosures { at fields } } regie { disclosures { at } } } }';

interface CaseState {
  id: string;
  version: number;
  roles: Array<{ id: string; role: string; organisation: { oin: string } }>;
}

type Ask = (
  body: { query: string; variables?: Record<string, unknown> },
  as: string,
  activity: string,
) => Promise<Record<string, unknown> | undefined>;

function sampleRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** The least-squares slope of y over x. */
function slope(points: ReadonlyArray<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** A staff member's case work on one client: open, assign, view, revoke, close. */
async function caseWork(ask: Ask, bsn: string): Promise<void> {
  const opened = (await ask({ query: OPEN, variables: { bsn } }, 'staff', 'ketencoordinatie'))?.openCase as CaseState | undefined;
  if (!opened) return;
  const assigned = (
    await ask({ query: ASSIGN, variables: { id: opened.id, org: EMPLOYMENT_AGENCY, v: opened.version } }, 'staff', 'ketencoordinatie')
  )?.assignRole as CaseState | undefined;
  await ask({ query: VIEW, variables: { id: opened.id } }, 'staff', 'ketencoordinatie');
  const contributor = assigned?.roles.find((r) => r.organisation.oin === EMPLOYMENT_AGENCY);
  const revoked =
    assigned && contributor
      ? ((await ask({ query: REVOKE, variables: { id: opened.id, a: contributor.id, v: assigned.version } }, 'staff', 'ketencoordinatie'))
          ?.revokeRole as CaseState | undefined)
      : undefined;
  const latest = revoked ?? assigned ?? opened;
  await ask({ query: CLOSE, variables: { id: opened.id, v: latest.version } }, 'staff', 'ketencoordinatie');
}

async function main(): Promise<void> {
  const minutes = envInt('BENCH_SOAK_MINUTES', 30);
  const workers = envInt('BENCH_SOAK_WORKERS', 8);
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS === '1';
  const snapshotDir = process.env.BENCH_SNAPSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'ketenregie-heap-'));
  const nodeOptions = snapshots ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}` : '';
  console.log(
    `soak: ${minutes} min, ${workers} workers${snapshots ? `, heap snapshots in ${snapshotDir}` : ''}; starting the chain (one process per subgraph)…`,
  );
  const stack: BenchStack = await startBenchStack({
    withPlainGateway: false,
    processPerSubgraph: true,
    subgraphEnv: { SEED_CLIENTS: process.env.SEED_CLIENTS ?? '2000' },
    env: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
  });
  try {
    const tokens: Record<string, string> = {
      [MUNICIPALITY]: await stack.token({ sub: 'soak-gemeente', org: MUNICIPALITY, activities: ['schuldhulp-intake'], staff: false }),
      [EMPLOYMENT_AGENCY]: await stack.token({ sub: 'soak-uwv', org: EMPLOYMENT_AGENCY, activities: ['schuldhulp-intake'], staff: false }),
      [DEBT_COUNSELLOR]: await stack.token({
        sub: 'soak-schuldhulp',
        org: DEBT_COUNSELLOR,
        activities: ['schuldhulp-intake'],
        staff: false,
      }),
      staff: await stack.token({
        sub: 'soak-staff',
        org: INTERMEDIARY,
        activities: ['ketencoordinatie', 'inzage-betrokkene'],
        staff: true,
      }),
    };
    const counts = { ok: 0, refused: 0, failed: 0 };
    const codes = new Map<string, number>();
    const ask: Ask = async (body, as, activity) => {
      try {
        const response = await fetch(stack.oursUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[as] ?? ''}`, 'x-processing-activity': activity },
          body: JSON.stringify(body),
        });
        const json = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
        for (const error of json.errors ?? [])
          codes.set(error.extensions?.code ?? '?', (codes.get(error.extensions?.code ?? '?') ?? 0) + 1);
        if (response.status >= 500) counts.failed += 1;
        else if (json.errors?.length) counts.refused += 1;
        else counts.ok += 1;
        return json.data ?? undefined;
      } catch {
        counts.failed += 1;
        return undefined;
      }
    };
    const bsns = demoBsns(1500);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
    const deadline = Date.now() + minutes * 60_000;
    const work = async () => {
      while (Date.now() < deadline) {
        const dice = Math.random();
        if (dice < 0.5)
          await ask(
            { query: DOSSIER, variables: { bsn: pick(bsns) } },
            pick([MUNICIPALITY, EMPLOYMENT_AGENCY, DEBT_COUNSELLOR]),
            'schuldhulp-intake',
          );
        else if (dice < 0.65) await caseWork(ask, pick(bsns));
        else if (dice < 0.8) await ask({ query: MY_CASES }, MUNICIPALITY, 'schuldhulp-intake');
        else if (dice < 0.9) await ask({ query: INQUIRY, variables: { bsn: pick(bsns) } }, 'staff', 'inzage-betrokkene');
        // Deliberately bad: an invalid BSN, an unresolvable operation, a query past the depth limit.
        else
          await ask(
            pick([
              { query: DOSSIER, variables: { bsn: '111222334' } },
              { query: 'query A { partners { oin } } query B { partners { name } }' },
              {
                query: `{ client(bsn: "${pick(bsns)}") { cases { client { cases { client { cases { client { cases { client { cases { id } } } } } } } } } } }`,
              },
            ]),
            MUNICIPALITY,
            'schuldhulp-intake',
          );
      }
    };
    const processes = stack.processes();
    const samples = new Map<string, Array<[number, number]>>(processes.map((p) => [p.label, []]));
    const started = Date.now();
    const sample = () => {
      const at = (Date.now() - started) / 60_000;
      for (const { label, pid } of processes) samples.get(label)?.push([at, sampleRss(pid)]);
    };
    sample();
    const sampler = setInterval(sample, 10_000);
    const snapshotAt = snapshots
      ? setTimeout(() => processes.forEach((p) => process.kill(p.pid, 'SIGUSR2')), (minutes * 60_000) / 3)
      : undefined;
    await Promise.all(Array.from({ length: workers }, work));
    clearInterval(sampler);
    clearTimeout(snapshotAt);
    sample();
    if (snapshots) processes.forEach((p) => process.kill(p.pid, 'SIGUSR2'));
    console.log(
      `requests: ${counts.ok} answered, ${counts.refused} refused or partial, ${counts.failed} failed; error codes: ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    const rows = processes.map(({ label }) => {
      const points = samples.get(label) ?? [];
      const third = (i: number) =>
        Math.max(...points.filter(([x]) => x >= (minutes * i) / 3 && x < (minutes * (i + 1)) / 3 + 1e-9).map(([, y]) => y));
      const later = points.filter(([x]) => x >= minutes / 3);
      return {
        process: label,
        'start MB': points[0]?.[1].toFixed(0),
        'peak 1/3': third(0).toFixed(0),
        'peak 2/3': third(1).toFixed(0),
        'peak 3/3': third(2).toFixed(0),
        'end MB': points[points.length - 1]?.[1].toFixed(0),
        'slope MB/min (last 2/3)': slope(later).toFixed(3),
      };
    });
    console.table(rows);
  } finally {
    stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
