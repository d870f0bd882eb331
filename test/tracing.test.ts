/**
 * Traces: with an OTLP endpoint configured, the gateway (a span per phase, one per subgraph fetch) and every
 * subgraph (a server span under the gateway's fetch span) export one trace per request, whose ids are those the
 * audit log and the processing logs record, and which carries no BSN. Without one, nothing is built or sent.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import { tracingSettingsFrom } from '../common';
import { demoBsns } from '../partner-kit';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './support/otlpReceiver';
import { type TracedDossier } from './support/tracedDossier';

const SEEDED = 40;
const PARTNERS = ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const;

/**
 * One dossier request through a test stack in a process of its own, whose services read these OTEL_* settings
 * (test/support/tracedDossier.ts); the stack stops, flushing its spans, before this resolves.
 */
async function oneDossier(settings: Record<string, string>): Promise<TracedDossier> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenregie-traces-'));
  const resultFile = join(dir, 'result.json');
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'tracedDossier.ts')], {
      env: { ...process.env, ...settings, TRACED_DOSSIER_RESULT: resultFile, SEED_CLIENTS: String(SEEDED) },
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(resultFile, 'utf8')) as TracedDossier;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('traces exported over OTLP', () => {
  let receiver: OtlpReceiver;
  let run: TracedDossier;
  let spans: ReceivedSpan[];

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    run = await oneDossier({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=test,service.name=overridden',
    });
    spans = receiver.spans.filter((span) => span.traceId === run.client.traceId);
  });
  afterAll(() => receiver?.close());

  const gatewaySpan = (name: string) => spans.filter((span) => span.service === 'ketenregie-gateway' && span.name === name);
  const byId = (spanId: string) => spans.find((span) => span.spanId === spanId);

  it("names each service, with the environment's resource attributes, and one instance id per service", () => {
    const services = new Map(spans.map((span) => [span.service, span.resource]));
    expect([...services.keys()].sort()).toEqual(
      ['ketenregie-gateway', ...['regie', ...PARTNERS].map((name) => `ketenregie-${name}`)].sort(),
    );
    for (const resource of services.values()) {
      expect(resource).toMatchObject({ 'service.namespace': 'ketenregie', 'deployment.environment': 'test' });
      expect(resource['host.name']).toEqual(expect.any(String));
    }
    expect(new Set([...services.values()].map((resource) => resource['service.instance.id'])).size).toBe(services.size);
  });

  it('answers the dossier as without traces', () => {
    expect(run.sdkLoaded).toBe(true);
    expect(run.errors).toBeUndefined();
    expect(run.answeredBsn).toBe(run.bsn);
  });

  it("continues the client's trace in the gateway, with a span per phase under the request's span", () => {
    const [request, ...more] = gatewaySpan('gateway.request');
    expect(more).toHaveLength(0);
    expect(request?.parentSpanId).toBe(run.client.spanId);
    expect(request?.attributes).toMatchObject({ 'graphql.operation.name': 'Dossier', 'ketenregie.activity': 'schuldhulp-intake' });
    for (const phase of ['admission', 'parse', 'validate', 'checks', 'plan', 'execute']) {
      const [span] = gatewaySpan(`gateway.${phase}`);
      expect(span?.parentSpanId).toBe(request?.spanId);
    }
  });

  it("has one fetch span per subgraph request, and each subgraph's server span under its fetch span", () => {
    const fetches = gatewaySpan('gateway.fetch');
    const served = spans.filter((span) => span.service !== 'ketenregie-gateway' && span.name === 'subgraph.request');
    expect(served.length).toBeGreaterThan(0);
    expect(served).toHaveLength(fetches.length);
    for (const span of served) {
      const fetch = byId(span.parentSpanId);
      expect(fetch?.name).toBe('gateway.fetch');
      expect(`ketenregie-${String(fetch?.attributes['ketenregie.subgraph'])}`).toBe(span.service);
      expect(byId(fetch?.parentSpanId ?? '')?.name).toBe('gateway.execute');
    }
    expect(new Set(served.map((span) => span.service))).toEqual(new Set(PARTNERS.map((name) => `ketenregie-${name}`)));
  });

  it('ends the spans of a refused request, failed with its codes, in the phase that refused it', () => {
    const { unauthenticated, purpose } = run.refused;
    expect(unauthenticated.codes).toEqual(['UNAUTHENTICATED']);
    expect(purpose.codes).toEqual(['PURPOSE_NOT_ALLOWED']);
    for (const [refused, phase] of [
      [unauthenticated, 'gateway.admission'],
      [purpose, 'gateway.checks'],
    ] as const) {
      const ofTrace = receiver.spans.filter((span) => span.traceId === refused.traceId);
      const request = ofTrace.find((span) => span.name === 'gateway.request');
      expect(request?.attributes['ketenregie.error_codes']).toEqual(refused.codes);
      expect(ofTrace.find((span) => span.name === phase)?.attributes['ketenregie.error_codes']).toEqual(refused.codes);
      expect(ofTrace.filter((span) => span.name === 'gateway.fetch' || span.service !== 'ketenregie-gateway')).toEqual([]);
    }
  });

  it('records a request whose client flags its trace "not sampled": the gateway decides, not the caller', () => {
    const ofTrace = receiver.spans.filter((span) => span.traceId === run.unsampledTraceId);
    expect(ofTrace.filter((span) => span.name === 'gateway.request')).toHaveLength(1);
    expect(ofTrace.filter((span) => span.name === 'subgraph.request').length).toBeGreaterThan(0);
  });

  it('records in the audit log the trace and span of the gateway request span', () => {
    const [request] = gatewaySpan('gateway.request');
    expect(run.audit.length).toBeGreaterThan(0);
    for (const record of run.audit) {
      expect(record).toMatchObject({ traceId: run.client.traceId, spanId: request?.spanId, parentSpanId: run.client.spanId });
    }
  });

  it("leads from a partner's disclosure record to its span in the trace, under the gateway's fetch span", () => {
    const records = PARTNERS.flatMap((name) => (run.processing[name] ?? []).map((record) => [name, record] as const));
    expect(records.length).toBeGreaterThanOrEqual(PARTNERS.length);
    for (const [name, record] of records) {
      expect(record.traceId).toBe(run.client.traceId);
      const span = byId(String(record.spanId));
      expect(span).toMatchObject({ service: `ketenregie-${name}`, name: 'subgraph.request', parentSpanId: record.parentSpanId });
      expect(byId(span?.parentSpanId ?? '')?.name).toBe('gateway.fetch');
      const written = spans.filter((child) => child.parentSpanId === span?.spanId && child.name === 'subgraph.processing_log.write');
      expect(written).toHaveLength(1);
    }
  });

  it("names an exported span in regie's role-lookup records, under the asking partner's lookup span", () => {
    expect(run.processing.regie?.length).toBeGreaterThan(0);
    for (const record of run.processing.regie ?? []) {
      const span = byId(String(record.spanId));
      expect(span).toMatchObject({ service: 'ketenregie-regie', name: 'subgraph.route /internal/roles' });
      const lookup = byId(span?.parentSpanId ?? '');
      expect(lookup?.name).toBe('subgraph.roles_lookup');
      expect(byId(lookup?.parentSpanId ?? '')).toMatchObject({ service: lookup?.service, name: 'subgraph.request' });
    }
  });

  it('sends no BSN, no document and no variables', () => {
    expect(receiver.bodies.length).toBeGreaterThan(0);
    const sent = receiver.bodies.join('\n');
    for (const bsn of demoBsns(SEEDED)) expect(sent).not.toContain(bsn);
    expect(sent).not.toContain('graphql.document');
    expect(sent).not.toMatch(/socialAssistance|monthlyAmount/);
  });
});

describe('without an OTLP endpoint', () => {
  it('builds no tracing', () => {
    expect(tracingSettingsFrom({})).toBeNull();
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeNull();
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
    });
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/traces' })).toEqual({
      tracesUrl: 'https://collector/traces',
    });
    expect(() => tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT must be/);
  });

  it('loads no SDK, sends nothing, and registers no global tracer provider', async () => {
    const receiver = await startOtlpReceiver();
    try {
      // The endpoint is there, but switched off: what an operator does to stop traces without removing it.
      const run = await oneDossier({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_SDK_DISABLED: 'true' });
      expect(run.errors).toBeUndefined();
      expect(receiver.bodies).toEqual([]);
      expect(run.sdkLoaded).toBe(false);
      expect(run.audit[0]).toMatchObject({ traceId: run.client.traceId, parentSpanId: run.client.spanId });
    } finally {
      await receiver.close();
    }
    const provider = trace.getTracerProvider();
    expect(provider).toBeInstanceOf(ProxyTracerProvider);
    expect((provider as ProxyTracerProvider).getDelegateTracer('any')).toBeUndefined();
  });
});
