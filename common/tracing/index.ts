/** Traces over OTLP, off unless an endpoint is configured: settings, one tracer per service, spans in our trace context. */
export * from './errorCodes';
export * from './serviceTracing';
export * from './settings';
export * from './traceSpans';
