/**
 * Spans in our trace context: a server span that continues a caller's `traceparent` (explicitly, without a global
 * context manager), child spans of it, and the bridge to common/trace.ts: the TraceContext the logs record is read
 * from the span, so the `traceparent` built from it (traceparentFor) names the span. Span names and attributes
 * carry no personal data: no document, no variables, no BSN; only names of phases and subgraphs, activity ids and
 * error codes.
 */
import {
  type Attributes,
  type Span,
  type SpanContext,
  SpanKind,
  SpanStatusCode,
  ROOT_CONTEXT,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { parseTraceparent, traceparentFor, type TraceContext } from '../trace';

/** A span and the view of it that the audit and processing logs record. */
export interface TracedSpan {
  span: Span;
  trace: TraceContext;
}

function flagsOf(context: SpanContext): string {
  return context.traceFlags.toString(16).padStart(2, '0');
}

/** The log's view of a span: its trace and span id, and the caller's span as parent. */
export function traceContextOf(span: Span, parentSpanId: string | null): TraceContext {
  const context = span.spanContext();
  return { traceId: context.traceId, spanId: context.spanId, parentSpanId, flags: flagsOf(context) };
}

/** A request's own span: the caller's trace continued (a valid `traceparent`), or a new trace. */
export function startServerSpan(tracer: Tracer, name: string, traceparent: string | undefined, attributes?: Attributes): TracedSpan {
  const parent = parseTraceparent(traceparent);
  const parentContext = parent
    ? trace.setSpanContext(ROOT_CONTEXT, {
        traceId: parent.traceId,
        spanId: parent.spanId,
        traceFlags: Number.parseInt(parent.flags, 16),
        isRemote: true,
      })
    : ROOT_CONTEXT;
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parentContext);
  return { span, trace: traceContextOf(span, parent?.spanId ?? null) };
}

/** A span inside `parent`: a phase, or (kind CLIENT) a call to another service. */
export function startChildSpan(tracer: Tracer, name: string, parent: Span, kind = SpanKind.INTERNAL, attributes?: Attributes): Span {
  return tracer.startSpan(name, { kind, attributes }, trace.setSpan(ROOT_CONTEXT, parent));
}

/** A call to another service in a client span of its own: the `traceparent` the call sends, and its end. */
export interface TracedCall {
  traceparent: string;
  /** Ends the call's span; with a code (never a message) it is marked as failed. */
  end(errorCode?: string): void;
}

export function startCall(tracer: Tracer, name: string, parent: Span): TracedCall {
  const span = startChildSpan(tracer, name, parent, SpanKind.CLIENT);
  return {
    traceparent: traceparentFor(traceContextOf(span, parent.spanContext().spanId)),
    end: (errorCode) => endSpan(span, errorCode ? [errorCode] : []),
  };
}

/** Ends a span; with error codes (our stable `extensions.code`s, never messages) it is marked as failed. */
export function endSpan(span: Span, errorCodes: readonly string[] = []): void {
  if (errorCodes.length > 0) {
    span.setAttribute('ketenregie.error_codes', [...new Set(errorCodes)]);
    span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes.join(',') });
  }
  span.end();
}
