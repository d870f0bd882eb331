/** Per-request loaders of UWV: one SQL query per batch of BSNs, whatever the number of clients. */
import { type Kysely } from 'kysely';
import { findKnownClients, listLoader, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findBenefits, findDisabilityClasses, findIncomeRelations } from './store/repository';
import { type UwvDatabase } from './store/schema';

export function createLoaders(db: Kysely<UwvDatabase>, _principal: Principal) {
  return {
    record: singleValueLoader((bsns: readonly string[]) => findKnownClients(db, bsns)),
    benefits: listLoader((bsns: readonly string[]) => findBenefits(db, bsns)),
    incomeRelations: listLoader((bsns: readonly string[]) => findIncomeRelations(db, bsns)),
    disabilityClass: singleValueLoader((benefitIds: readonly string[]) => findDisabilityClasses(db, benefitIds)),
  };
}

export type UwvLoaders = ReturnType<typeof createLoaders>;
export type UwvContext = SubgraphContext<UwvLoaders>;
