/** Per-request loaders of the intermediary. */
import { type Kysely } from 'kysely';
import { singleValueLoader } from '../../../common/loaders';
import { type Principal } from '../../../common/principal';
import { type SubgraphContext } from '../../../common/subgraph/startSubgraph';
import { findPartners, listPartners } from './store/repository';
import { type RegieDatabase } from './store/schema';

export function createLoaders(db: Kysely<RegieDatabase>, _principal: Principal) {
  return {
    partner: singleValueLoader((oins: readonly string[]) => findPartners(db, oins)),
    allPartners: () => listPartners(db),
  };
}

export type RegieLoaders = ReturnType<typeof createLoaders>;
export type RegieContext = SubgraphContext<RegieLoaders>;
