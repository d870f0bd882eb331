/**
 * Whether this process exports traces, and where to: the standard OpenTelemetry settings, read once at start-up.
 * Off unless an OTLP endpoint is configured, so by default no span leaves the machine and no SDK is built.
 */
import { envUrl } from '../config';

export interface TracingSettings {
  /** Where spans go: OTLP over HTTP, JSON bodies. */
  tracesUrl: string;
}

/**
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is used as given; `OTEL_EXPORTER_OTLP_ENDPOINT` is a base URL that gets
 * `/v1/traces` (the OTLP specification's rule). `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` turns
 * tracing off whatever the endpoint. A malformed URL refuses start-up, naming the variable.
 */
export function tracingSettingsFrom(env: NodeJS.ProcessEnv): TracingSettings | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return null;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()) {
    return { tracesUrl: envUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '', env).trim() };
  }
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) return null;
  const base = envUrl('OTEL_EXPORTER_OTLP_ENDPOINT', '', env).trim();
  return { tracesUrl: `${base.replace(/\/+$/, '')}/v1/traces` };
}
