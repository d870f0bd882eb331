/** All resolvers of the intermediary's subgraph: the partner registry and the cases. */
import { type Resolvers } from '../__generated__/resolvers-types';
import { createCaseResolvers, type CaseResolverDependencies } from './cases';
import { partnerResolvers } from './partners';

export function createResolvers(dependencies: CaseResolverDependencies): Resolvers {
  const cases = createCaseResolvers(dependencies);
  return {
    ...partnerResolvers,
    ...cases,
    Query: { ...partnerResolvers.Query, ...cases.Query },
    Client: { ...partnerResolvers.Client, ...cases.Client },
  };
}
