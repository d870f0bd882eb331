/** The municipality's subgraph as a module: schema, store and resolvers. Started by src/index.ts or by tests. */
import { join } from 'node:path';
import { type GraphQLResolverMap, isClientRegisterEmpty, type SubgraphModule, subgraphTypeDefs } from '../../../partner-kit';
import { createLoaders, type GemeenteLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './store/migrations';
import { type GemeenteDatabase } from './store/schema';
import { seedGemeente } from './store/seed';

export const gemeenteSubgraph: SubgraphModule<GemeenteDatabase, GemeenteLoaders> = {
  name: 'gemeente',
  typeDefs: subgraphTypeDefs(join(__dirname, '..')),
  migrations,
  seed: seedGemeente,
  isEmpty: isClientRegisterEmpty,
  createResolvers: () => resolvers as GraphQLResolverMap<unknown>,
  createLoaders,
  sharesPartnerData: true,
};
