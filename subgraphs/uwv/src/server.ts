/** UWV's subgraph as a module: schema, store and resolvers. Started by src/index.ts or by tests. */
import { join } from 'node:path';
import { type GraphQLResolverMap, isClientRegisterEmpty, type SubgraphModule, subgraphTypeDefs } from '../../../partner-kit';
import { createLoaders, type UwvLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './store/migrations';
import { type UwvDatabase } from './store/schema';
import { seedUwv } from './store/seed';

export const uwvSubgraph: SubgraphModule<UwvDatabase, UwvLoaders> = {
  name: 'uwv',
  typeDefs: subgraphTypeDefs(join(__dirname, '..')),
  migrations,
  seed: seedUwv,
  isEmpty: isClientRegisterEmpty,
  createResolvers: () => resolvers as GraphQLResolverMap<unknown>,
  createLoaders,
  sharesPartnerData: true,
};
