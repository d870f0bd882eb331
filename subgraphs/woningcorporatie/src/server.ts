/** The housing corporation's subgraph as a module: schema, store and resolvers. Started by src/index.ts or by tests. */
import { join } from 'node:path';
import { type GraphQLResolverMap, isClientRegisterEmpty, type SubgraphModule, subgraphTypeDefs } from '../../../partner-kit';
import { createLoaders, type WoningcorporatieLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './store/migrations';
import { type WoningcorporatieDatabase } from './store/schema';
import { seedWoningcorporatie } from './store/seed';

export const woningcorporatieSubgraph: SubgraphModule<WoningcorporatieDatabase, WoningcorporatieLoaders> = {
  name: 'woningcorporatie',
  typeDefs: subgraphTypeDefs(join(__dirname, '..')),
  migrations,
  seed: seedWoningcorporatie,
  isEmpty: isClientRegisterEmpty,
  createResolvers: () => resolvers as GraphQLResolverMap<unknown>,
  createLoaders,
  sharesPartnerData: true,
};
