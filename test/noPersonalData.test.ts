/**
 * No personal data in any log line or metric: the chain runs as separate processes from their real entry points
 * (every line each writes kept, at debug level, with /metrics served), and gets traffic of every kind: dossiers by
 * several organisations, a case's whole life (open, assign, revoke, close), a citizen's inquiry, refused and
 * malformed requests, a partner that is gone. Then every log line and every process's /metrics output is searched
 * for the seeded BSNs, the BSNs callers sent, and the seeded personal texts (addresses, employers, health
 * limitations); one hit fails the test.
 */
import Database from 'better-sqlite3';
import { type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { demoBsns } from '../partner-kit';
import { SUBGRAPH_NAMES } from '../subgraphs/partners';
import {
  AssignRoleDocument,
  ClientCaseWorkDocument,
  CloseCaseDocument,
  DisclosureInquiryDocument,
  DossierDocument,
  OpenCaseDocument,
  RevokeRoleDocument,
} from '../client/__generated__/graphql';
import { expectData, type Handle, oinOf } from './support/chain';
import { type Cluster, startCluster } from './support/cluster';
import { errorCodes, execute, postGraphQL } from './support/graphql';

const SEED_CLIENTS = 60;
const SEEDED = demoBsns(SEED_CLIENTS);
const [DEMO_BSN = '', OTHER_BSN = ''] = SEEDED;
/** Fails the eleven-test: a caller's mistake, but still a number that may be someone's BSN. */
const MALFORMED_BSN = '123456788';

/** Personal texts the partners seeded: read from their stores, by subgraph, table and column. */
const PERSONAL_COLUMNS = [
  ['woningcorporatie', 'tenancy', 'street'],
  ['uwv', 'income_relation', 'employer'],
  ['gemeente', 'wmo_support', 'health_limitation'],
] as const;

function seededTexts(dataDir: string): string[] {
  return PERSONAL_COLUMNS.flatMap(([subgraph, table, column]) => {
    const db = new Database(join(dataDir, `${subgraph}.sqlite`), { readonly: true });
    try {
      const rows = db.prepare(`select distinct ${column} as value from ${table} where ${column} is not null`).all() as { value: string }[];
      return rows.map((row) => row.value);
    } finally {
      db.close();
    }
  });
}

/** A BSN as a whole number, not as part of a longer one (a timestamp, a histogram sum). */
function bsnPattern(bsns: readonly string[]): RegExp {
  return new RegExp(`(?<![\\d.])(${bsns.join('|')})(?![\\d])`);
}

/** Asks a process to stop and waits until its output is closed, so every line it wrote has been kept. */
function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.kill('SIGTERM');
  return closed;
}

describe('no personal data in logs or metrics', () => {
  let cluster: Cluster;
  let gatewayUrl: string;
  const metricsText: Record<string, string> = {};
  const responses: string[] = [];

  function metricsUrlOf(name: string): string {
    const served = readFileSync(join(cluster.dataDir, `${name}.log`), 'utf8')
      .split('\n')
      .map((line) => (line.startsWith('{') ? (JSON.parse(line) as { msg?: string; metricsUrl?: string }) : {}))
      .find((entry) => entry.msg === 'metrics served');
    if (!served?.metricsUrl) throw new Error(`${name} logged no metrics URL`);
    return served.metricsUrl;
  }

  async function scrape(name: string): Promise<void> {
    const response = await fetch(metricsUrlOf(name));
    expect(response.status).toBe(200);
    metricsText[name] = await response.text();
  }

  async function as(handle: Handle, claims: { staff?: boolean; citizen?: string; activities?: string[] } = {}) {
    return cluster.token({ org: oinOf(handle), sub: `${handle}-user`, ...claims });
  }

  async function run<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    token: string,
    activity: string,
  ) {
    const response = await execute(gatewayUrl, document, variables, { token, activity });
    responses.push(JSON.stringify(response));
    return response;
  }

  beforeAll(async () => {
    cluster = await startCluster({
      seedClients: SEED_CLIENTS,
      subgraphTimeoutMs: 5_000,
      gateways: 1,
      env: { LOG_LEVEL: 'debug', METRICS_PORT: '0' },
    });
    gatewayUrl = cluster.gateways[0]?.url ?? '';
  }, 180_000);
  afterAll(() => cluster?.stop());

  it('runs traffic of every kind, then finds no BSN, address, employer or health text in any log line or metric', async () => {
    const intake = 'schuldhulp-intake';
    const coordination = 'ketencoordinatie';
    const gemeente = await as('gemeente');
    const uwv = await as('uwv');
    const staff = await as('regie', { staff: true });

    // Dossiers by several organisations, before and during a case (refused fields, then disclosed ones).
    for (const token of [gemeente, uwv, await as('toeslagen'), await as('woningcorporatie')]) {
      for (const bsn of SEEDED.slice(0, 4)) await run(DossierDocument, { bsn }, token, intake);
    }

    // A case's life, by the intermediary's staff: open (directed), assign UWV, UWV reads, revoke, close. A partner
    // that opens one is asked by regie whether it knows the client; these partners' URLs are not given to regie, so
    // that question fails (a partner error, too).
    await run(
      OpenCaseDocument,
      { bsn: DEMO_BSN, model: 'MAIN_CONTRACTOR', activity: coordination, reason: 'intake' },
      gemeente,
      coordination,
    );
    const opened = expectData(
      await run(OpenCaseDocument, { bsn: OTHER_BSN, model: 'DIRECTOR', activity: coordination, reason: 'signaal' }, staff, coordination),
    ).openCase;
    const assigned = expectData(
      await run(
        AssignRoleDocument,
        { caseId: opened.id, org: oinOf('uwv'), role: 'CONTRIBUTOR', reason: 'werk', expectedVersion: opened.version },
        staff,
        coordination,
      ),
    ).assignRole;
    await run(DossierDocument, { bsn: OTHER_BSN }, uwv, coordination);
    await run(ClientCaseWorkDocument, { bsn: OTHER_BSN }, uwv, coordination);
    const assignment = assigned.roles.find((role) => role.organisation.oin === oinOf('uwv'));
    const revoked = expectData(
      await run(
        RevokeRoleDocument,
        { caseId: opened.id, assignmentId: assignment?.id ?? '', reason: 'klaar', expectedVersion: assigned.version },
        staff,
        coordination,
      ),
    ).revokeRole;
    expectData(
      await run(CloseCaseDocument, { caseId: opened.id, reason: 'afgerond', expectedVersion: revoked.version }, staff, coordination),
    );

    // The citizen's inquiry, as the citizen.
    const citizen = await as('regie', { citizen: DEMO_BSN, activities: ['inzage-betrokkene'] });
    expectData(await run(DisclosureInquiryDocument, { bsn: DEMO_BSN }, citizen, 'inzage-betrokkene'));

    // Refused and malformed requests, each naming a BSN somewhere.
    const refusals = [
      await postGraphQL(gatewayUrl, { query: `{ client(bsn: "${DEMO_BSN}") { bsn } }` }, { activity: intake }),
      await postGraphQL(gatewayUrl, { query: `{ client(bsn: "${DEMO_BSN}") { bsn } }` }, { token: gemeente, activity: 'not-mine' }),
      await postGraphQL(gatewayUrl, { query: `{ client(bsn: "${MALFORMED_BSN}") { bsn } }` }, { token: gemeente, activity: intake }),
      await postGraphQL(
        gatewayUrl,
        { query: `query Q($b: BSN!) { client(bsn: $b) { bsn } }`, variables: { b: MALFORMED_BSN } },
        { token: gemeente, activity: intake },
      ),
      await postGraphQL(gatewayUrl, { query: `{ client(bsn: "${DEMO_BSN}") { noSuchField } }` }, { token: gemeente, activity: intake }),
      await postGraphQL(
        gatewayUrl,
        { query: `{ client(bsn: "${DEMO_BSN}") { gemeente { debtHelp { totalDebt } } } }` },
        { token: gemeente, activity: 'inzage-betrokkene' },
      ),
    ];
    for (const refusal of refusals) expect(errorCodes(refusal)).not.toEqual([]);
    const broken = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gemeente}` },
      body: `{"query": "{ client(bsn: \\"${DEMO_BSN}\\") { bsn } `,
    });
    expect(broken.status).toBe(400);

    // Partner errors: UWV's store breaks (as a failed migration would leave it), then SVB is gone.
    const uwvStore = new Database(join(cluster.dataDir, 'uwv.sqlite'));
    uwvStore.exec('drop table benefit');
    uwvStore.close();
    expect(errorCodes(await run(DossierDocument, { bsn: DEMO_BSN }, uwv, intake))).toContain('PARTNER_ERROR');
    for (const name of SUBGRAPH_NAMES) await scrape(name);
    await cluster.kill(cluster.subgraphs.svb);
    const withoutSvb = await run(DossierDocument, { bsn: DEMO_BSN }, gemeente, intake);
    expect(errorCodes(withoutSvb)).toContain('PARTNER_UNAVAILABLE');
    await scrape('gateway-a');
    // Each process stops as in production (SIGTERM) and its last lines reach its log before the logs are read.
    await Promise.all(
      Object.values(cluster.subgraphs)
        .concat(cluster.gateways)
        .map(({ child }) => stopped(child)),
    );

    // The traffic did carry personal data (so the search below can find it), and every kind of metric moved.
    expect(bsnPattern(SEEDED).test(responses.join('\n'))).toBe(true);
    expect(metricsText['gateway-a']).toMatch(/ketenregie_subgraph_fetch_duration_seconds_count\{[^}]*outcome="PARTNER_UNAVAILABLE"/);
    expect(metricsText['gateway-a']).toMatch(/ketenregie_gateway_refusals_total\{[^}]*stage="admission"/);
    expect(metricsText.gemeente).toMatch(/ketenregie_log_write_duration_seconds_count\{[^}]*log="processing"/);

    const texts = seededTexts(cluster.dataDir);
    expect(texts.length).toBeGreaterThan(0);
    const bsns = bsnPattern([...SEEDED, MALFORMED_BSN]);
    const logs = [...SUBGRAPH_NAMES, 'gateway-a'].flatMap((name) =>
      readFileSync(join(cluster.dataDir, `${name}.log`), 'utf8')
        .split('\n')
        .map((line) => ({ source: `${name}.log`, line })),
    );
    const metrics = Object.entries(metricsText).flatMap(([name, text]) =>
      text.split('\n').map((line) => ({ source: `${name} /metrics`, line })),
    );
    // Every process logged, and the partner errors reached the broken partner's log and the gateway's as warnings or errors.
    expect(new Set(logs.filter(({ line }) => line !== '').map(({ source }) => source)).size).toBe(SUBGRAPH_NAMES.length + 1);
    const problems = logs.filter(({ line }) => /"level":(40|50)/.test(line)).map(({ source }) => source);
    expect(problems).toEqual(expect.arrayContaining(['uwv.log', 'gateway-a.log']));
    const hits = [...logs, ...metrics].filter(({ line }) => bsns.test(line) || texts.some((text) => line.includes(text)));
    expect(hits).toEqual([]);
  });
});
