/**
 * Partner outages through the real gateway, with UWV's subgraph behind a real HTTP server that can freeze or break
 * it: a frozen partner costs its timeout until its circuit opens; then its section is null with PARTNER_UNAVAILABLE
 * at once, without asking it, and every other partner's data is there. After the cool-down one request probes it:
 * a failure opens the circuit again, a success closes it and the data returns. A partner's own unexpected error
 * reaches the client as PARTNER_ERROR naming the partner, and nothing else of it; the gateway's log holds it. A
 * client that drops its probe request at once does not keep the circuit open: the probe still gets the verdict.
 */
import { type CapturedLogs, captureLogs, metricsRegistry } from '../common';
import { demoBsns } from '../partner-kit';
import { createClient } from '../client';
import { DossierDocument, type DossierQuery } from '../client/__generated__/graphql';
import { errorCodes, execute } from './support/graphql';
import { type PartnerProxy, startPartnerProxy } from './support/partnerProxy';
import { startStack, type TestStack } from './support/stack';

const FAILURES_TO_OPEN = 3;
/** Short, so the test is quick, yet long enough for a healthy answer on a busy machine. */
const UWV_TIMEOUT_MS = 3_000;
// Long enough that an open circuit cannot half-open while a test asserts it is not asked, on a slow machine too.
const COOL_DOWN_MS = 3_000;

describe('a partner that freezes, breaks and comes back', () => {
  let logs: CapturedLogs;
  let stack: TestStack;
  let uwv: PartnerProxy;
  let healthy: DossierQuery;
  const [demoBsn = ''] = demoBsns(1);

  beforeAll(async () => {
    logs = captureLogs('info');
    uwv = await startPartnerProxy(() => (stack as TestStack | undefined)?.subgraphs.uwv.url);
    stack = await startStack({
      seedClients: 50,
      gateway: {
        subgraphUrls: { uwv: uwv.url },
        subgraphTimeoutsMs: { uwv: UWV_TIMEOUT_MS },
        partnerCircuit: { failuresToOpen: FAILURES_TO_OPEN, coolDownMs: COOL_DOWN_MS },
      },
    });
    // The first answers of a cold chain may be slow; the healthy dossier is the first whole one.
    let first = await askDossier();
    for (let attempt = 1; first.errors && attempt < 5; attempt++) first = await askDossier();
    expect(first.errors).toBeUndefined();
    healthy = first.data as DossierQuery;
    expect(healthy.client.uwv?.benefits?.length).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await uwv?.stop();
    logs?.stop();
  });

  async function askDossier() {
    return execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token: await stack.token() });
  }

  /** The dossier without UWV's section, and PARTNER_UNAVAILABLE naming uwv; everything else as when healthy. */
  function expectUwvUnavailable(reply: Awaited<ReturnType<typeof askDossier>>): void {
    expect(errorCodes(reply)).toEqual(['PARTNER_UNAVAILABLE']);
    expect(reply.errors?.[0]?.extensions?.serviceName).toBe('uwv');
    expect(reply.data?.client.uwv).toBeNull();
    expect({ ...reply.data?.client, uwv: healthy.client.uwv }).toEqual(healthy.client);
  }

  async function circuitState(partner: string): Promise<number | undefined> {
    const metric = await metricsRegistry.getSingleMetric('ketenregie_partner_circuit_state')?.get();
    return metric?.values.find((value) => value.labels.partner === partner)?.value;
  }

  function logged(msg: string): Record<string, unknown>[] {
    return logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === msg);
  }

  /**
   * Asks until a request reaches the proxy (the others were answered without asking it), and returns as soon as one
   * has, with that request's answer still to come.
   */
  async function askUntilProbed(): Promise<{ answer: ReturnType<typeof askDossier> }> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const arrived = uwv.nextRequest().then(() => 'probe' as const);
      const answer = askDossier();
      if ((await Promise.race([arrived, answer.then(() => 'answered' as const)])) === 'probe') return { answer };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no request probed the partner');
  }

  it("passes a partner's unexpected error on as PARTNER_ERROR naming it, with nothing of its stack, SQL or addresses, and logs it", async () => {
    uwv.mode = {
      kind: 'answer',
      body: {
        data: { _entities: [null] },
        errors: [
          {
            message: `SQLITE_ERROR: no such table: benefit in "select * from benefit where bsn = '${demoBsn}'" (db http://10.20.30.40:5432)`,
            path: ['_entities', 0, 'uwv'],
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              stacktrace: [
                'SqliteError: no such table: benefit',
                '    at Database.prepare (/srv/uwv/node_modules/better-sqlite3/lib/index.js:9:14)',
              ],
              exception: { host: '10.20.30.40' },
            },
          },
        ],
      },
    };
    try {
      // More often than it takes to open the circuit: an error in a GraphQL answer is an answer, not an outage.
      for (let i = 0; i <= FAILURES_TO_OPEN; i++) {
        const reply = await askDossier();
        expect(reply.errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining('The partner "uwv" could not answer this part'),
            path: ['client', 'uwv'],
            extensions: { code: 'PARTNER_ERROR', serviceName: 'uwv' },
          }),
        ]);
        expect(JSON.stringify(reply.errors)).not.toMatch(/SQL|select|10\.20|5432|node_modules|stacktrace|exception/i);
        expect({ ...reply.data?.client, uwv: healthy.client.uwv }).toEqual(healthy.client);
      }
    } finally {
      uwv.mode = { kind: 'pass' };
    }
    expect(await circuitState('uwv')).toBe(0);

    const [entry] = logged("a partner subgraph's unexpected error, sent as PARTNER_ERROR");
    expect(entry).toEqual(
      expect.objectContaining({
        component: 'gateway',
        error: {
          message: expect.stringContaining("SQLITE_ERROR: no such table: benefit in \"select * from benefit where bsn = '[9 digits]'"),
        },
        code: 'INTERNAL_SERVER_ERROR',
        path: ['client', 'uwv'],
        subgraphPath: ['_entities', 0, 'uwv'],
        serviceName: 'uwv',
      }),
    );
    expect(logs.lines.join('')).not.toContain(demoBsn);
  });

  it('a frozen partner costs its timeout until its circuit opens; then it is not asked, and its section is null at once', async () => {
    uwv.mode = { kind: 'freeze' };
    for (let i = 0; i < FAILURES_TO_OPEN; i++) {
      const before = uwv.received;
      const reply = await askDossier();
      expect(uwv.received).toBeGreaterThan(before);
      expectUwvUnavailable(reply);
    }
    expect(await circuitState('uwv')).toBe(2);
    expect(logged('partner circuit open: the partner is not asked until the cool-down has passed')).toEqual([
      expect.objectContaining({
        partner: 'uwv',
        circuit: 'open',
        failuresToOpen: FAILURES_TO_OPEN,
        reason: expect.stringContaining(`"uwv" did not answer within ${UWV_TIMEOUT_MS} ms`),
      }),
    ]);

    const received = uwv.received;
    for (const reply of await Promise.all([askDossier(), askDossier(), askDossier()])) expectUwvUnavailable(reply);
    expect(uwv.received).toBe(received);
    // The gateway stays ready: the other partners still answer.
    expect((await fetch(new URL('/health/ready', stack.gatewayUrl))).status).toBe(200);
  });

  it('after the cool-down one request probes the partner while the others are answered at once; its failure opens the circuit again', async () => {
    const probe = await askUntilProbed();
    expectUwvUnavailable(await probe.answer);
    expect(await circuitState('uwv')).toBe(2);
    expect(logged('partner circuit half-open: one request probes the partner')).toHaveLength(1);
    expect(logged('partner circuit open: the partner is not asked until the cool-down has passed')).toHaveLength(2);
  });

  it('while a probe is in flight, every other request gets PARTNER_UNAVAILABLE without asking the partner', async () => {
    const probe = await askUntilProbed();
    const afterProbe = uwv.received;
    expect(await circuitState('uwv')).toBe(1);
    for (const reply of await Promise.all([askDossier(), askDossier()])) expectUwvUnavailable(reply);
    expect(uwv.received).toBe(afterProbe);
    expectUwvUnavailable(await probe.answer);
  });

  it('a partner that answers again: the next probe closes the circuit and its data returns', async () => {
    uwv.mode = { kind: 'pass' };
    const probed = await (await askUntilProbed()).answer;
    expect(probed.errors).toBeUndefined();
    expect(probed.data).toEqual(healthy);
    expect(await circuitState('uwv')).toBe(0);
    expect(logged('partner circuit closed: the partner answers again')).toEqual([
      expect.objectContaining({ partner: 'uwv', circuit: 'closed' }),
    ]);
    for (const reply of await Promise.all([askDossier(), askDossier()])) expect(reply.data).toEqual(healthy);

    const transitions = await metricsRegistry.getSingleMetric('ketenregie_partner_circuit_transitions_total')?.get();
    const count = (to: string) => transitions?.values.find((v) => v.labels.partner === 'uwv' && v.labels.to === to)?.value;
    expect({ open: count('open'), half_open: count('half_open'), closed: count('closed') }).toEqual({ open: 3, half_open: 3, closed: 1 });
    // Only uwv's circuit ever moved.
    expect(transitions?.values.every((v) => v.labels.partner === 'uwv')).toBe(true);
  });

  it('a client that drops its probe request at once does not keep the circuit open: the probe still gets the verdict', async () => {
    uwv.mode = { kind: 'freeze' };
    for (let i = 0; i < FAILURES_TO_OPEN; i++) expectUwvUnavailable(await askDossier());
    expect(await circuitState('uwv')).toBe(2);
    // Healthy again, but slower than the client waits: it goes away while the probe is at the partner.
    uwv.mode = { kind: 'pass', delayMs: 300 };
    const client = createClient({ url: stack.gatewayUrl, token: await stack.token(), activity: 'schuldhulp-intake' });
    for (let attempt = 0; attempt < 100 && (await circuitState('uwv')) === 2; attempt++) {
      const leaving = new AbortController();
      const arrived = uwv.nextRequest().then(() => leaving.abort());
      const sent = client.request(DossierDocument, { bsn: demoBsn }, { signal: leaving.signal }).catch(() => undefined);
      await Promise.race([arrived, sent]);
      if (!leaving.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The probe runs on and closes the circuit: the next request is answered in full.
    for (let wait = 0; wait < 50 && (await circuitState('uwv')) !== 0; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await circuitState('uwv')).toBe(0);
    uwv.mode = { kind: 'pass' };
    expect((await askDossier()).data).toEqual(healthy);
  }, 60_000);
});
