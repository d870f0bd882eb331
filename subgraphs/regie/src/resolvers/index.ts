/** All resolvers of the intermediary's subgraph: the partner registry, the cases and the view of unusual activity. */
import { type Resolvers } from '../__generated__/resolvers-types';
import { createCaseResolvers, type CaseResolverDependencies } from './cases';
import { partnerResolvers } from './partners';
import { createUnusualActivityResolvers, type UnusualActivityDependencies } from './unusualActivity';

export function createResolvers(dependencies: CaseResolverDependencies & UnusualActivityDependencies): Resolvers {
  const cases = createCaseResolvers(dependencies);
  const unusual = createUnusualActivityResolvers(dependencies);
  return {
    ...partnerResolvers,
    ...cases,
    ...unusual,
    Query: { ...partnerResolvers.Query, ...cases.Query, ...unusual.Query },
    Client: { ...partnerResolvers.Client, ...cases.Client },
  };
}
