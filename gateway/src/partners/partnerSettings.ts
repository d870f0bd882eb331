/**
 * How long the gateway waits for each partner's subgraph, and when it stops asking a partner that keeps failing:
 * the settings of the per-partner timeouts and circuit breakers (./partnerCircuit.ts), read from the environment.
 */
import { envInt } from '../../../common';

export interface PartnerCircuitSettings {
  /** Failures in a row (no answer in time, unreachable, no GraphQL answer) that open a partner's circuit. */
  failuresToOpen: number;
  /** How long an open circuit answers PARTNER_UNAVAILABLE at once before one request probes the partner again. */
  coolDownMs: number;
}

export const DEFAULT_PARTNER_CIRCUIT: PartnerCircuitSettings = { failuresToOpen: 5, coolDownMs: 10_000 };

/** How long the gateway waits for a subgraph unless SUBGRAPH_TIMEOUT_MS (or one subgraph's own setting) says otherwise. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 3_000;

const TIMEOUT_PREFIX = 'SUBGRAPH_TIMEOUT_MS_';

/**
 * Per-subgraph timeouts, SUBGRAPH_TIMEOUT_MS_<NAME> (e.g. SUBGRAPH_TIMEOUT_MS_UWV), by subgraph name. A setting
 * that names no subgraph of the supergraph is refused: a typo would otherwise leave that partner on the default.
 */
export function subgraphTimeoutsFromEnv(env: NodeJS.ProcessEnv, subgraphNames: readonly string[]): Record<string, number> {
  const byVariable = new Map(subgraphNames.map((name) => [`${TIMEOUT_PREFIX}${name.toUpperCase()}`, name]));
  const timeouts: Record<string, number> = {};
  for (const variable of Object.keys(env).filter((key) => key.startsWith(TIMEOUT_PREFIX) && env[key] !== '')) {
    const name = byVariable.get(variable);
    if (name === undefined) {
      throw new Error(`${variable} names no subgraph of the supergraph (${subgraphNames.join(', ')})`);
    }
    timeouts[name] = positive(variable, envInt(`${TIMEOUT_PREFIX}${name.toUpperCase()}`, 0, env));
  }
  return timeouts;
}

/** PARTNER_CIRCUIT_FAILURES and PARTNER_CIRCUIT_COOL_DOWN_MS. */
export function partnerCircuitFromEnv(env: NodeJS.ProcessEnv): PartnerCircuitSettings {
  return {
    failuresToOpen: positive('PARTNER_CIRCUIT_FAILURES', envInt('PARTNER_CIRCUIT_FAILURES', DEFAULT_PARTNER_CIRCUIT.failuresToOpen, env)),
    coolDownMs: positive('PARTNER_CIRCUIT_COOL_DOWN_MS', envInt('PARTNER_CIRCUIT_COOL_DOWN_MS', DEFAULT_PARTNER_CIRCUIT.coolDownMs, env)),
  };
}

/** SUBGRAPH_TIMEOUT_MS: the timeout of every subgraph without its own. */
export function subgraphTimeoutFromEnv(env: NodeJS.ProcessEnv): number {
  return positive('SUBGRAPH_TIMEOUT_MS', envInt('SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, env));
}

function positive(name: string, value: number): number {
  if (value < 1) throw new Error(`${name} must be at least 1, got ${value}`);
  return value;
}
