/** Per-request loaders of the housing corporation: one SQL query per batch of BSNs, whatever the number of clients. */
import { type Kysely } from 'kysely';
import { findKnownClients, listLoader, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findCollectionSteps, findRentArrears, findTenancies } from './store/repository';
import { type WoningcorporatieDatabase } from './store/schema';

export function createLoaders(db: Kysely<WoningcorporatieDatabase>, _principal: Principal) {
  return {
    record: singleValueLoader((bsns: readonly string[]) => findKnownClients(db, bsns)),
    tenancy: singleValueLoader((bsns: readonly string[]) => findTenancies(db, bsns)),
    rentArrears: singleValueLoader((bsns: readonly string[]) => findRentArrears(db, bsns)),
    collectionSteps: listLoader((bsns: readonly string[]) => findCollectionSteps(db, bsns)),
  };
}

export type WoningcorporatieLoaders = ReturnType<typeof createLoaders>;
export type WoningcorporatieContext = SubgraphContext<WoningcorporatieLoaders>;
