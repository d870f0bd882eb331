/**
 * Whether a supergraph may be served, before Apollo Gateway sees it: the same checks startGateway makes at start-up
 * (it parses, every policy holds against the register, a subgraph answers role lookups, every subgraph has a valid
 * address), plus what a running gateway cannot change (the role-lookup subgraph). Composition validity itself is
 * checked by Apollo Gateway when the candidate is applied (`validateSupergraph`). A refusal carries a stable code.
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import { type Register } from '../../../common';
import { assertSupergraphPolicies } from '../trustedSupergraph';
import { rolesSubgraphOf, supergraphSubgraphs } from '../supergraphGraphs';

export type RefusalCode =
  | 'SUPERGRAPH_UNREADABLE'
  | 'SUPERGRAPH_NOT_GRAPHQL'
  | 'SUPERGRAPH_POLICY_VIOLATION'
  | 'SUPERGRAPH_NO_ROLES_SUBGRAPH'
  | 'SUPERGRAPH_ROLES_SUBGRAPH_CHANGED'
  | 'SUPERGRAPH_SUBGRAPH_URL'
  | 'SUPERGRAPH_COMPOSITION_INVALID';

export class SupergraphRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** A supergraph that passed the checks, with what the gateway derives from it. */
export interface CheckedSupergraph {
  sdl: string;
  /** sha256 of the SDL, hex. */
  hash: string;
  rolesSubgraph: string;
  /** Every subgraph's address, by name. */
  subgraphUrls: Record<string, string>;
}

export interface CandidateRules {
  register: Register;
  /** ROLES_SUBGRAPH, when set; otherwise the subgraph that resolves `Query.rolesOf`. */
  rolesSubgraph?: string;
  /** The role-lookup subgraph of the served supergraph; absent at start-up. */
  servedRolesSubgraph?: string;
  /** A subgraph's address: its override (SUBGRAPH_URL_<NAME>), else the supergraph's own; throws when malformed. */
  subgraphUrl(name: string, supergraphUrl: string): string;
}

export function supergraphHash(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex');
}

function refuseOnError<T>(code: RefusalCode, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new SupergraphRefusal(code, error instanceof Error ? error.message : String(error));
  }
}

/** The candidate and what follows from it; throws a SupergraphRefusal naming the first check it fails. */
export function checkSupergraph(sdl: string, rules: CandidateRules): CheckedSupergraph {
  refuseOnError('SUPERGRAPH_NOT_GRAPHQL', () => parse(sdl));
  refuseOnError('SUPERGRAPH_POLICY_VIOLATION', () => assertSupergraphPolicies(sdl, rules.register));
  const rolesSubgraph = refuseOnError('SUPERGRAPH_NO_ROLES_SUBGRAPH', () => rules.rolesSubgraph ?? rolesSubgraphOf(sdl));
  if (rules.servedRolesSubgraph !== undefined && rolesSubgraph !== rules.servedRolesSubgraph) {
    throw new SupergraphRefusal(
      'SUPERGRAPH_ROLES_SUBGRAPH_CHANGED',
      `role lookups would move from "${rules.servedRolesSubgraph}" to "${rolesSubgraph}"; that takes a restart`,
    );
  }
  const subgraphUrls = refuseOnError('SUPERGRAPH_SUBGRAPH_URL', () =>
    Object.fromEntries(supergraphSubgraphs(sdl).map(({ name, url }) => [name, rules.subgraphUrl(name, url)])),
  );
  return { sdl, hash: supergraphHash(sdl), rolesSubgraph, subgraphUrls };
}
