/**
 * Issue 16, "Schema changes without downtime": a running gateway takes a partner's schema change from its supergraph
 * file (as `npm run compose` or a ConfigMap update leaves it) without failing a request, refuses one that breaks the
 * sharing policies (the old one keeps serving; a log line and the metrics say so), and reads the file again on
 * SIGHUP when it does not watch; also from a folder updated as the kubelet updates a ConfigMap volume. Real gateway,
 * real subgraphs, real HTTP; the change is a new partner subgraph that adds `Query.chainNotice`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { captureLogs, type CapturedLogs, metricsText } from '../common';
import { DossierDocument } from '../client/__generated__/graphql';
import { demoBsns } from '../partner-kit';
import { DEV_ISSUER, devIssuerJwks } from '../gateway/src/auth/devIssuer';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { supergraphHash } from '../gateway/src/supergraph/supergraphCandidate';
import { errorCodes, execute, postGraphQL } from './support/graphql';
import { createConfigMapVolume, updateConfigMapVolume } from './support/configMapVolume';
import {
  NOTICE,
  type NoticesSubgraph,
  startNoticesSubgraph,
  supergraphWithNotices,
  supergraphWithout,
  withoutPolicies,
} from './support/noticesSubgraph';
import { startStack, type TestStack } from './support/stack';

const ROOT = join(__dirname, '..');
const [demoBsn = ''] = demoBsns(1);

/** Replaces the file as `npm run compose` does: written beside it, then renamed over it (never half a file). */
function replaceFile(path: string, content: string): void {
  writeFileSync(`${path}.next`, content);
  renameSync(`${path}.next`, path);
}

async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** One sample's value from the process's registry, in Prometheus' text format; undefined when absent. */
async function metric(name: string, labels = ''): Promise<number | undefined> {
  const { body } = await metricsText();
  const line = body.split('\n').find((l) => l.startsWith(labels ? `${name}{` : `${name} `) && l.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

function logRecords(logs: CapturedLogs, message: string): Array<Record<string, unknown>> {
  return logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((r) => String(r.msg).startsWith(message));
}

async function askNotice(url: string, token: string) {
  return postGraphQL<{ chainNotice: string }>(url, { query: '{ chainNotice }' }, { token, activity: 'schuldhulp-intake' });
}

/** Dossier queries from `workers` concurrent loops until stopped; every answer that is not a clean 200 is kept. */
function steadyLoad(url: string, token: string, workers: number) {
  let running = true;
  let answered = 0;
  const failures: unknown[] = [];
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      try {
        const response = await execute(url, DossierDocument, { bsn: demoBsn }, { token });
        if (response.status !== 200 || response.errors || response.data?.client.bsn !== demoBsn)
          failures.push({ status: response.status, errors: response.errors });
      } catch (error) {
        failures.push(String(error));
      }
      answered += 1;
    }
  });
  return {
    answered: () => answered,
    async stop() {
      running = false;
      await Promise.all(loops);
      return { answered, failures };
    },
  };
}

describe('a running gateway takes a new supergraph without downtime', () => {
  let dir: string;
  let supergraphPath: string;
  let notices: NoticesSubgraph;
  let logs: CapturedLogs;
  let stack: TestStack;
  let token: string;
  let withNotices: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ketenregie-reload-'));
    supergraphPath = join(dir, 'supergraph.graphql');
    copyFileSync(DEFAULT_SUPERGRAPH_PATH, supergraphPath);
    notices = await startNoticesSubgraph();
    withNotices = supergraphWithNotices(notices.url);
    logs = captureLogs('info');
    stack = await startStack({ seedClients: 20, gateway: { supergraphReload: { path: supergraphPath, watch: true } } });
    token = await stack.token();
  });

  afterAll(async () => {
    await stack?.stop();
    await notices?.stop();
    logs?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('under steady load, serves a partner schema change from the file: no request fails and the new field answers', async () => {
    expect(errorCodes(await askNotice(stack.gatewayUrl, token))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const load = steadyLoad(stack.gatewayUrl, token, 4);
    await eventually(() => load.answered() >= 20);

    replaceFile(supergraphPath, withNotices);
    await eventually(async () => (await askNotice(stack.gatewayUrl, token)).data?.chainNotice === NOTICE);
    const answeredAtSwap = load.answered();
    await eventually(() => load.answered() >= answeredAtSwap + 20);
    const { answered, failures } = await load.stop();

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThanOrEqual(40);
    expect(stack.gateway.supergraph.current().hash).toBe(supergraphHash(withNotices));
    expect(Object.keys(stack.gateway.supergraph.current().subgraphUrls)).toContain('notices');
    expect(logRecords(logs, 'supergraph applied')).toEqual([
      expect.objectContaining({ trigger: 'file', hash: supergraphHash(withNotices), subgraphsAdded: ['notices'], subgraphsRemoved: [] }),
    ]);
    expect(await metric('ketenregie_supergraph_reloads_total', 'result="applied"')).toBe(1);
    expect(await metric('ketenregie_supergraph_info', `hash="${supergraphHash(withNotices).slice(0, 16)}"`)).toBe(1);
    expect(await metric('ketenregie_supergraph_refused_pending')).toBe(0);
  });

  it('refuses a supergraph whose personal data has no policy: the served one keeps answering, a log line and the metrics say why', async () => {
    const broken = withoutPolicies(withNotices);
    replaceFile(supergraphPath, broken);
    await eventually(async () => (await metric('ketenregie_supergraph_reloads_total', 'code="SUPERGRAPH_POLICY_VIOLATION"')) === 1);

    expect(await metric('ketenregie_supergraph_refused_pending')).toBe(1);
    expect(await metric('ketenregie_supergraph_info', `hash="${supergraphHash(withNotices).slice(0, 16)}"`)).toBe(1);
    const [refusal, ...more] = logRecords(logs, 'supergraph refused');
    expect(more).toEqual([]);
    expect(refusal).toEqual(
      expect.objectContaining({
        level: 50,
        trigger: 'file',
        code: 'SUPERGRAPH_POLICY_VIOLATION',
        hash: supergraphHash(broken),
        servedHash: supergraphHash(withNotices),
      }),
    );
    expect(String(refusal?.reason)).toContain('Client.uwv carries personal data but declares no @disclose policy');
    expect(JSON.stringify(refusal)).not.toMatch(/\b\d{9}\b/);

    // Still the policied supergraph: the dossier answers in full, the new field too, and a bare section stays refused.
    expect(stack.gateway.supergraph.current().hash).toBe(supergraphHash(withNotices));
    const dossier = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token });
    expect(dossier.errors).toBeUndefined();
    expect((await askNotice(stack.gatewayUrl, token)).data?.chainNotice).toBe(NOTICE);
    const unpoliced = await postGraphQL(
      stack.gatewayUrl,
      { query: `{ client(bsn: "${demoBsn}") { uwv { benefits { type } } } }` },
      { token, activity: 'fraude-onderzoek' },
    );
    expect(errorCodes(unpoliced)).toContain('PURPOSE_NOT_ALLOWED');

    // Putting the served supergraph back leaves nothing refused pending.
    replaceFile(supergraphPath, withNotices);
    await eventually(async () => (await metric('ketenregie_supergraph_refused_pending')) === 0);
    expect(await metric('ketenregie_supergraph_reloads_total', 'result="applied"')).toBe(1);
  });

  it('refuses a file that is not a supergraph at all, and one whose role lookups would move', async () => {
    replaceFile(supergraphPath, 'this is not GraphQL');
    await eventually(async () => (await metric('ketenregie_supergraph_reloads_total', 'code="SUPERGRAPH_NOT_GRAPHQL"')) === 1);
    replaceFile(
      supergraphPath,
      withNotices.replace(/rolesOf\(.*join__field\(graph: REGIE\)/, (field) => field.replace('REGIE', 'NOTICES')),
    );
    await eventually(async () => (await metric('ketenregie_supergraph_reloads_total', 'code="SUPERGRAPH_ROLES_SUBGRAPH_CHANGED"')) === 1);
    expect(stack.gateway.supergraph.current().hash).toBe(supergraphHash(withNotices));
    expect((await askNotice(stack.gatewayUrl, token)).data?.chainNotice).toBe(NOTICE);
  });

  it('removes the partner again while one of its operations is in flight: that operation finishes on the supergraph it started on', async () => {
    const committed = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
    const held = notices.holdNext();
    const inFlight = askNotice(stack.gatewayUrl, token);
    await held.arrived;

    replaceFile(supergraphPath, committed);
    await eventually(() => stack.gateway.supergraph.current().hash === supergraphHash(committed));
    expect(errorCodes(await askNotice(stack.gatewayUrl, token))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    held.release();

    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.chainNotice).toBe(NOTICE);
    expect(logRecords(logs, 'supergraph applied').at(-1)).toEqual(
      expect.objectContaining({ subgraphsAdded: [], subgraphsRemoved: ['notices'] }),
    );
  });

  it('serves a supergraph that no longer validates persisted operations, and names them in a warning', async () => {
    const withoutSvb = supergraphWithout('svb');
    replaceFile(supergraphPath, withoutSvb);
    await eventually(() => stack.gateway.supergraph.current().hash === supergraphHash(withoutSvb));
    const [warning, ...more] = logRecords(logs, 'persisted operations no longer validate');
    expect(more).toEqual([]);
    expect(warning).toEqual(expect.objectContaining({ level: 40, code: 'PERSISTED_OPERATIONS_INVALID' }));
    expect(warning?.operations).toEqual(expect.arrayContaining(['Dossier', 'DisclosureInquiry']));
    const dossier = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token });
    expect(errorCodes(dossier)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('the gateway as deployed: a ConfigMap folder, and a process that takes SIGHUP', () => {
  let dir: string;
  let configMap: string;
  let notices: NoticesSubgraph;
  let stack: TestStack;
  let token: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ketenregie-deployed-'));
    configMap = join(dir, 'supergraph');
    mkdirSync(configMap);
    createConfigMapVolume(configMap, { 'supergraph.graphql': readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8') });
    notices = await startNoticesSubgraph();
    stack = await startStack({
      seedClients: 20,
      gateway: { supergraphReload: { path: join(configMap, 'supergraph.graphql'), watch: true } },
    });
    token = await stack.token();
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const gone = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await stack?.stop();
    await notices?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a ConfigMap update, which the kubelet makes by swapping the folder's ..data link", async () => {
    const withNotices = supergraphWithNotices(notices.url);
    updateConfigMapVolume(configMap, { 'supergraph.graphql': withNotices });
    await eventually(async () => (await askNotice(stack.gatewayUrl, token)).data?.chainNotice === NOTICE);
    expect(stack.gateway.supergraph.current().hash).toBe(supergraphHash(withNotices));
  });

  it('with watching off, a gateway process serves the new file only after SIGHUP, and its /metrics say so', async () => {
    const supergraphPath = join(dir, 'supergraph.graphql');
    copyFileSync(DEFAULT_SUPERGRAPH_PATH, supergraphPath);
    const subgraphUrls = Object.fromEntries(
      Object.values(stack.subgraphs).map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, s.url] as const),
    );
    const started = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'src', 'index.ts')], {
      env: {
        ...process.env,
        ...subgraphUrls,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: '0',
        METRICS_PORT: '0',
        DATA_DIR: dir,
        SUPERGRAPH_PATH: supergraphPath,
        SUPERGRAPH_WATCH: 'off',
        GATEWAY_PRIVATE_JWK: JSON.stringify(stack.storage.gatewayKeys.privateJwk),
        TRUSTED_ISSUERS: JSON.stringify([
          { issuer: DEV_ISSUER, staff: true, citizens: true, jwks: devIssuerJwks(stack.storage.issuerKeys) },
        ]),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = started;
    const lines: Array<Record<string, unknown>> = [];
    createInterface({ input: started.stdout }).on('line', (line) => {
      if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    const logged = (message: string) => lines.find((l) => String(l.msg).startsWith(message));
    await eventually(() => logged('gateway ready') !== undefined || started.exitCode !== null);
    const url = String(logged('gateway ready')?.url);
    const metricsUrl = String(logged('metrics served')?.metricsUrl);

    const withNotices = supergraphWithNotices(notices.url);
    replaceFile(supergraphPath, withNotices);
    expect(errorCodes(await askNotice(url, token))).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    started.kill('SIGHUP');
    await eventually(() => logged('supergraph applied') !== undefined);
    expect(logged('supergraph applied')).toEqual(expect.objectContaining({ trigger: 'signal', hash: supergraphHash(withNotices) }));
    expect((await askNotice(url, token)).data?.chainNotice).toBe(NOTICE);
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toMatch(/^ketenregie_supergraph_reloads_total\{result="applied",code="none"[^}]*\} 1$/m);
    expect(metrics).toMatch(new RegExp(`^ketenregie_supergraph_info\\{hash="${supergraphHash(withNotices).slice(0, 16)}"[^}]*\\} 1$`, 'm'));
    expect(started.exitCode).toBeNull();
  });
});
