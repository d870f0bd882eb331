/** The SVB's subgraph as a module: schema, store and resolvers. Started by src/index.ts or by tests. */
import { join } from 'node:path';
import { type GraphQLResolverMap, isClientRegisterEmpty, type SubgraphModule, subgraphTypeDefs } from '../../../partner-kit';
import { createLoaders, type SvbLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './store/migrations';
import { type SvbDatabase } from './store/schema';
import { seedSvb } from './store/seed';

export const svbSubgraph: SubgraphModule<SvbDatabase, SvbLoaders> = {
  name: 'svb',
  typeDefs: subgraphTypeDefs(join(__dirname, '..')),
  migrations,
  seed: seedSvb,
  isEmpty: isClientRegisterEmpty,
  createResolvers: () => resolvers as GraphQLResolverMap<unknown>,
  createLoaders,
  sharesPartnerData: true,
};
