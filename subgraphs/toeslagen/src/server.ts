/** The allowances office's subgraph as a module: schema, store and resolvers. Started by src/index.ts or by tests. */
import { join } from 'node:path';
import { type GraphQLResolverMap, isClientRegisterEmpty, type SubgraphModule, subgraphTypeDefs } from '../../../partner-kit';
import { createLoaders, type ToeslagenLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './store/migrations';
import { type ToeslagenDatabase } from './store/schema';
import { seedToeslagen } from './store/seed';

export const toeslagenSubgraph: SubgraphModule<ToeslagenDatabase, ToeslagenLoaders> = {
  name: 'toeslagen',
  typeDefs: subgraphTypeDefs(join(__dirname, '..')),
  migrations,
  seed: seedToeslagen,
  isEmpty: isClientRegisterEmpty,
  createResolvers: () => resolvers as GraphQLResolverMap<unknown>,
  createLoaders,
  sharesPartnerData: true,
};
