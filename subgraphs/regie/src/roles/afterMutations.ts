/**
 * Runs a step after every mutation of regie, before its answer leaves: the role-change streams' catch-up
 * (roleChangeStreams.ts), so a partner hears of a role change made through this replica before whoever made it
 * can send the next request.
 */
import { type GraphQLFieldResolver } from 'graphql';
import { type GraphQLResolverMap } from '../../../../partner-kit';

export function afterMutations(resolvers: GraphQLResolverMap<unknown>, step: () => Promise<void>): GraphQLResolverMap<unknown> {
  const mutations = resolvers.Mutation;
  if (!mutations) return resolvers;
  const wrapped = Object.fromEntries(
    Object.entries(mutations).map(([field, resolver]) => {
      if (typeof resolver !== 'function') return [field, resolver];
      const resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
      const then: GraphQLFieldResolver<unknown, unknown> = async (...args) => {
        const result: unknown = await resolve(...args);
        await step();
        return result;
      };
      return [field, then];
    }),
  );
  return { ...resolvers, Mutation: wrapped };
}
