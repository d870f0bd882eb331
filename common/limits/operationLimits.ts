/**
 * What one operation may ask, checked before planning at the gateway and again in every subgraph (which must
 * survive a query sent straight at it): depth, aliases, root fields, directives, tokens, and an estimated cost in
 * which a list field counts as many times as it may return items. Defaults suit every operation of the typed client
 * with room to spare; each can be set in the environment (docs/configuration.md).
 */
import { envInt } from '../config';

export interface OperationLimits {
  /** Nesting of selections, fragments counted as the fields they stand for. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Fields at the root of one operation. */
  maxRootFields: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document: refused before it is parsed. */
  maxTokens: number;
  /** Estimated objects an operation may produce (see estimateCost.ts). */
  maxCost: number;
  /** How many items a list field counts for when no argument says (`first`, `limit`, a list argument's length). */
  defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = {
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 20,
  maxDirectives: 30,
  maxTokens: 4_000,
  maxCost: 50_000,
  defaultListSize: 10,
};

const SETTINGS: ReadonlyArray<[keyof OperationLimits, string]> = [
  ['maxDepth', 'LIMIT_MAX_DEPTH'],
  ['maxAliases', 'LIMIT_MAX_ALIASES'],
  ['maxRootFields', 'LIMIT_MAX_ROOT_FIELDS'],
  ['maxDirectives', 'LIMIT_MAX_DIRECTIVES'],
  ['maxTokens', 'LIMIT_MAX_TOKENS'],
  ['maxCost', 'LIMIT_MAX_COST'],
  ['defaultListSize', 'LIMIT_DEFAULT_LIST_SIZE'],
];

/** The limits from LIMIT_* variables; a limit of 0 would refuse everything, so each must be at least 1. */
export function operationLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const limits = { ...DEFAULT_OPERATION_LIMITS };
  for (const [key, name] of SETTINGS) {
    const value = envInt(name, DEFAULT_OPERATION_LIMITS[key], env);
    if (value < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
    limits[key] = value;
  }
  return limits;
}

/**
 * A subgraph's limits, derived from the gateway's: the gateway's fetch wraps the client's selection in
 * `_entities { ... on Type { … } }` (two levels deeper), may spell out fragments (more tokens), and its list of
 * representations is costed exactly where the gateway had to estimate; so what the gateway lets through always fits,
 * while a query sent straight at a subgraph meets bounds of the same order.
 */
export function subgraphLimitsFrom(gateway: OperationLimits): OperationLimits {
  return { ...gateway, maxDepth: gateway.maxDepth + 2, maxTokens: gateway.maxTokens * 4, maxCost: gateway.maxCost * 2 };
}
