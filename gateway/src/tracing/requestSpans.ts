/**
 * One gateway request's spans: the request's server span (continuing the client's `traceparent`), one span per
 * phase in turn (admission, parse, validate, the plugins' checks, query planning, execution) and a client span per
 * subgraph fetch, inside the phase that runs it. The request's TraceContext (what the audit log records) is the
 * view of its server span; a fetch's is the view of its fetch span, so the subgraph continues from that span.
 */
import { type Attributes, type Span, SpanKind, type Tracer } from '@opentelemetry/api';
import { endSpan, startChildSpan, startServerSpan, traceContextOf, type TracedSpan, type TraceContext } from '../../../common';

export type GatewayPhase = 'admission' | 'parse' | 'validate' | 'checks' | 'plan' | 'execute';

export class RequestSpans {
  readonly trace: TraceContext;
  private readonly request: Span;
  private phaseSpan: Span | undefined;

  constructor(
    private readonly tracer: Tracer,
    traceparent: string | undefined,
  ) {
    const started = startServerSpan(tracer, 'gateway.request', traceparent);
    this.request = started.span;
    this.trace = started.trace;
  }

  /** Ends the phase still open, if any, and starts `phase`. */
  phase(phase: GatewayPhase): void {
    this.endPhase();
    this.phaseSpan = startChildSpan(this.tracer, `gateway.${phase}`, this.request);
  }

  endPhase(errorCodes: readonly string[] = []): void {
    if (this.phaseSpan) endSpan(this.phaseSpan, errorCodes);
    this.phaseSpan = undefined;
  }

  /** What the request turned out to be (operation type and name, activity); never its document or variables. */
  describe(attributes: Attributes): void {
    this.request.setAttributes(attributes);
  }

  /** A fetch from one subgraph, inside the phase that runs it; end it with `endSpan`. */
  startFetch(subgraph: string): TracedSpan {
    const parent = this.phaseSpan ?? this.request;
    const span = startChildSpan(this.tracer, 'gateway.fetch', parent, SpanKind.CLIENT, { 'ketenregie.subgraph': subgraph });
    return { span, trace: traceContextOf(span, parent.spanContext().spanId) };
  }

  /** Ends the open phase and the request, failed when the answer carries errors. */
  end(errorCodes: readonly string[] = []): void {
    this.endPhase(errorCodes);
    endSpan(this.request, errorCodes);
  }
}
