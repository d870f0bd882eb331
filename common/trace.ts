/**
 * W3C trace context: the gateway continues the client's trace (a valid `traceparent`) or starts one, and every
 * subgraph fetch carries the trace id with the gateway's span as parent. A subgraph continues the gateway's trace
 * the same way, with a span of its own, for its processing log.
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

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZERO = /^0+$/;

export function continueOrStartTrace(traceparent: string | undefined): TraceContext {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim().toLowerCase()) : null;
  const spanId = randomBytes(8).toString('hex');
  if (match && !ALL_ZERO.test(match[1] ?? '0') && !ALL_ZERO.test(match[2] ?? '0')) {
    return { traceId: match[1] as string, spanId, parentSpanId: match[2] as string, flags: match[3] as string };
  }
  return { traceId: randomBytes(16).toString('hex'), spanId, parentSpanId: null, flags: '01' };
}

/** The `traceparent` the gateway sends to subgraphs: same trace, the gateway's span as parent. */
export function traceparentFor(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}
