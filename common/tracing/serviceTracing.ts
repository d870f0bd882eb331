/**
 * One service's tracer: its own tracer provider (its service.name, the host, an instance id and the attributes of
 * OTEL_RESOURCE_ATTRIBUTES), a batch span processor and the OTLP/HTTP exporter. Nothing is registered globally: several services can share a
 * process (`npm start`, the test stack) and each keeps its own name, and libraries that trace through the global
 * API (@apollo/gateway's own spans, which could carry a document) stay silent. The SDK is loaded only when tracing
 * is on, so a process without an endpoint never loads it. `shutdown` exports what is still queued.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { type Tracer } from '@opentelemetry/api';
import type * as Exporter from '@opentelemetry/exporter-trace-otlp-http';
import type * as Sdk from '@opentelemetry/sdk-node';
import { tracingSettingsFrom, type TracingSettings } from './settings';

export interface ServiceTracing {
  tracer: Tracer;
  /** Exports the spans still queued, then stops; called when the service stops. */
  shutdown(): Promise<void>;
}

const TRACER_NAME = 'ketenregie';

/**
 * Whose sampling decision counts. `edge` (the gateway): a trace is always recorded, whatever the caller's
 * `traceparent` flag says, so a client cannot hide its requests from the operator by sending "not sampled".
 * `internal` (subgraphs): follow the parent's decision, which the gateway made.
 */
export type SamplingRole = 'edge' | 'internal';

function startServiceTracing(serviceName: string, settings: TracingSettings, sampling: SamplingRole): ServiceTracing {
  // Loaded here, on first use, not imported above: loading the SDK takes about a second, which a process that
  // exports no traces never pays. (The exporter sends with a dynamic import('http'), so it cannot run inside jest's
  // module sandbox: test/tracing.test.ts runs its chain in a process of its own.)
  const load = createRequire(__filename);
  const { resources, tracing } = load('@opentelemetry/sdk-node') as typeof Sdk;
  const { OTLPTraceExporter } = load('@opentelemetry/exporter-trace-otlp-http') as typeof Exporter;
  // The SDK's own attributes and the host, then the environment's (OTEL_RESOURCE_ATTRIBUTES: deployment.environment,
  // …); the service's own name and an id for this instance (replicas apart) win over them.
  const resource = resources
    .defaultResource()
    .merge(resources.detectResources({ detectors: [resources.hostDetector, resources.envDetector] }))
    .merge(
      resources.resourceFromAttributes({
        'service.name': serviceName,
        'service.namespace': 'ketenregie',
        'service.instance.id': randomUUID(),
      }),
    );
  const sampler =
    sampling === 'edge'
      ? new tracing.ParentBasedSampler({ root: new tracing.AlwaysOnSampler(), remoteParentNotSampled: new tracing.AlwaysOnSampler() })
      : new tracing.ParentBasedSampler({ root: new tracing.AlwaysOnSampler() });
  const provider = new tracing.BasicTracerProvider({
    resource,
    sampler,
    spanProcessors: [new tracing.BatchSpanProcessor(new OTLPTraceExporter({ url: settings.tracesUrl }))],
  });
  return {
    tracer: provider.getTracer(TRACER_NAME),
    shutdown: () => provider.shutdown(),
  };
}

/** The service's tracing as its environment configures it; null (no SDK loaded, nothing exported) when off. */
export function serviceTracingFromEnv(
  serviceName: string,
  sampling: SamplingRole,
  env: NodeJS.ProcessEnv = process.env,
): ServiceTracing | null {
  const settings = tracingSettingsFrom(env);
  return settings ? startServiceTracing(serviceName, settings, sampling) : null;
}
