/**
 * W3C trace context: the gateway continues the client's trace (a valid `traceparent`) or starts one, and every
 * subgraph fetch carries the trace id with the gateway's span as parent. A subgraph continues the gateway's trace
 * the same way, with a span of its own, for its processing log.
 *
 * One source of truth for the ids the logs record: when traces are exported (common/tracing/), a TraceContext is
 * the view of an exported OpenTelemetry span (tracing/traceSpans.ts builds it from the span), so the audit log's and
 * the processing logs' trace and span ids are those of spans in the trace; otherwise the ids are made here.
 */
import { randomBytes } from 'node:crypto';

export interface TraceContext {
  traceId: string;
  /** The gateway's span for this request. */
  spanId: string;
  /** The client's span, when the client sent one. */
  parentSpanId: string | null;
  flags: string;
}

/** A valid incoming `traceparent`: the caller's trace, its span (our parent) and its flags. */
export interface RemoteParent {
  traceId: string;
  spanId: string;
  flags: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZERO = /^0+$/;

/** The caller's span from a `traceparent` header; null when absent or not valid (all-zero ids included). */
export function parseTraceparent(traceparent: string | undefined): RemoteParent | null {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim().toLowerCase()) : null;
  if (!match || ALL_ZERO.test(match[1] ?? '0') || ALL_ZERO.test(match[2] ?? '0')) return null;
  return { traceId: match[1] as string, spanId: match[2] as string, flags: match[3] as string };
}

export function continueOrStartTrace(traceparent: string | undefined): TraceContext {
  const parent = parseTraceparent(traceparent);
  const spanId = randomBytes(8).toString('hex');
  if (parent) return { traceId: parent.traceId, spanId, parentSpanId: parent.spanId, flags: parent.flags };
  return { traceId: randomBytes(16).toString('hex'), spanId, parentSpanId: null, flags: '01' };
}

/** The `traceparent` the gateway sends to subgraphs: same trace, the gateway's span as parent. */
export function traceparentFor(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}
