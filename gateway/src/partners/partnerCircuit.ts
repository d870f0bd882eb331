/**
 * A circuit breaker per partner subgraph (cockatiel's, with two changes). After `failuresToOpen` failures in a row
 * the circuit opens: the partner is not asked, and its fields get PARTNER_UNAVAILABLE at once instead of after its
 * timeout. After the cool-down the next request probes the partner (half-open); its success closes the circuit, its
 * failure opens it for another cool-down. The changes: cockatiel lets every other request wait for the probe's
 * answer, which for a frozen partner is its whole timeout; here they get PARTNER_UNAVAILABLE at once as well. And
 * a probe that ends without the partner's answer keeps the circuit open, where cockatiel would close it. So that a
 * caller cannot end probes early (and keep the circuit open for everyone), a probe is not cancelled when its client
 * goes away (./circuitBreakingDataSource.ts): it waits for the partner's answer or its timeout.
 * Only the partner's own failures count: no answer in time, not reachable, no GraphQL answer (PARTNER_UNAVAILABLE).
 * A GraphQL answer with errors (a refusal, a partner's bug) is an answer; so is a failure of the gateway's own
 * audit log. Every transition is logged and measured (./circuitMetrics.ts).
 */
import { BrokenCircuitError, circuitBreaker, type CircuitBreakerPolicy, CircuitState, ConsecutiveBreaker, handleWhen } from 'cockatiel';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, ketenError } from '../../../common';
import { type CircuitPosition, recordCircuitCreated, recordCircuitTransition } from './circuitMetrics';
import { type PartnerCircuitSettings } from './partnerSettings';

/** Whether an error means the partner did not answer (as PartnerDataSource reports it), so it counts towards opening. */
function isPartnerFailure(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.PARTNER_UNAVAILABLE;
}

/**
 * A probe that ended without the partner's verdict (the gateway's audit log failed before asking, say). cockatiel
 * would close the circuit on it, untested; it counts as a failure instead, and its cause goes to the caller.
 */
class ProbeWithoutVerdict extends Error {
  constructor(override readonly cause: unknown) {
    super('the probe ended before the partner answered');
  }
}

function countsAsFailure(error: unknown): boolean {
  return isPartnerFailure(error) || error instanceof ProbeWithoutVerdict;
}

const POSITIONS: Partial<Record<CircuitState, CircuitPosition>> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Open]: 'open',
};

export class PartnerCircuit {
  private readonly policy: CircuitBreakerPolicy;

  constructor(
    private readonly partner: string,
    private readonly settings: PartnerCircuitSettings,
    private readonly log: Logger,
  ) {
    this.policy = circuitBreaker(handleWhen(countsAsFailure), {
      halfOpenAfter: settings.coolDownMs,
      breaker: new ConsecutiveBreaker(settings.failuresToOpen),
    });
    this.policy.onStateChange((state) => this.entered(state));
    recordCircuitCreated(partner);
  }

  /** Runs `ask` (one fetch to the partner; `probe` when it is the probe) unless the circuit is open or a probe is in flight. */
  async run<T>(ask: (probe: boolean) => Promise<T>): Promise<T> {
    // execute() reads the state synchronously, so no other request can start a probe between this check and it.
    if (this.policy.state === CircuitState.HalfOpen) throw this.notAsked();
    // While open, the one call that execute() lets through is the probe.
    const probe = this.policy.state === CircuitState.Open;
    try {
      return await this.policy.execute(probe ? () => withVerdict(() => ask(true)) : () => ask(false));
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw this.notAsked();
      throw error instanceof ProbeWithoutVerdict ? error.cause : error;
    }
  }

  private notAsked(): GraphQLError {
    return ketenError(
      ErrorCode.PARTNER_UNAVAILABLE,
      `The partner subgraph "${this.partner}" failed repeatedly, so the gateway pauses asking it ` +
        `(it tries again every ${Math.ceil(this.settings.coolDownMs / 1000)} s); its data is missing from this answer.`,
      { details: { serviceName: this.partner } },
    );
  }

  private entered(state: CircuitState): void {
    const position = POSITIONS[state];
    if (!position) return;
    recordCircuitTransition(this.partner, position);
    const fields = { partner: this.partner, circuit: position };
    if (position === 'open') {
      const cause = this.policy.lastFailure;
      const reason = cause && 'error' in cause ? cause.error.message : undefined;
      this.log.warn(
        { ...fields, failuresToOpen: this.settings.failuresToOpen, coolDownMs: this.settings.coolDownMs, reason },
        'partner circuit open: the partner is not asked until the cool-down has passed',
      );
    } else if (position === 'half_open') {
      this.log.info(fields, 'partner circuit half-open: one request probes the partner');
    } else {
      this.log.info(fields, 'partner circuit closed: the partner answers again');
    }
  }
}

/** The circuits of one gateway, one per partner subgraph, kept when the supergraph is loaded again. */
export class PartnerCircuits {
  private readonly circuits = new Map<string, PartnerCircuit>();

  constructor(
    private readonly settings: PartnerCircuitSettings,
    private readonly log: Logger,
  ) {}

  of(partner: string): PartnerCircuit {
    let circuit = this.circuits.get(partner);
    if (!circuit) {
      circuit = new PartnerCircuit(partner, this.settings, this.log);
      this.circuits.set(partner, circuit);
    }
    return circuit;
  }
}

async function withVerdict<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    throw isPartnerFailure(error) ? error : new ProbeWithoutVerdict(error);
  }
}
