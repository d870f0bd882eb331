/**
 * The gateway does not trust a supergraph merely because it was given one (SUPERGRAPH_PATH at start, or a reload):
 * before serving it, the deny-by-default rule and the register are checked again, with the same rule and messages
 * as `npm run compose`. A supergraph in which personal data has no policy, or a policy names an activity the register
 * does not know, is refused whole. A supergraph without personal-data entities (no `Client`) has nothing to check.
 */
import { lintSupergraphPolicies, type Register } from '../../common';

export class UntrustedSupergraphError extends Error {}

export function assertSupergraphPolicies(supergraphSdl: string, register: Register): void {
  const problems = lintSupergraphPolicies(supergraphSdl, register);
  if (problems.length === 0) return;
  throw new UntrustedSupergraphError(
    `the supergraph breaks the sharing policies, so it is not served (recompose it with npm run compose):\n  - ${problems.join('\n  - ')}`,
  );
}
