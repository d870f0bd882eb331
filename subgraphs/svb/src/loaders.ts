/** Per-request loaders of the SVB: one SQL query per batch of BSNs, whatever the number of clients. */
import { type Kysely } from 'kysely';
import { findKnownClients, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findAow, findChildBenefit } from './store/repository';
import { type SvbDatabase } from './store/schema';

export function createLoaders(db: Kysely<SvbDatabase>, _principal: Principal) {
  return {
    record: singleValueLoader((bsns: readonly string[]) => findKnownClients(db, bsns)),
    aow: singleValueLoader((bsns: readonly string[]) => findAow(db, bsns)),
    childBenefit: singleValueLoader((bsns: readonly string[]) => findChildBenefit(db, bsns)),
  };
}

export type SvbLoaders = ReturnType<typeof createLoaders>;
export type SvbContext = SubgraphContext<SvbLoaders>;
