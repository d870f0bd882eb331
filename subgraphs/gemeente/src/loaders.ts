/** Per-request loaders of the municipality: one SQL query per batch of BSNs, whatever the number of clients. */
import { type Kysely } from 'kysely';
import { findKnownClients, listLoader, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findDebtHelp, findHealthLimitations, findSocialAssistance, findWmoSupport } from './store/repository';
import { type GemeenteDatabase } from './store/schema';

export function createLoaders(db: Kysely<GemeenteDatabase>, _principal: Principal) {
  return {
    record: singleValueLoader((bsns: readonly string[]) => findKnownClients(db, bsns)),
    socialAssistance: singleValueLoader((bsns: readonly string[]) => findSocialAssistance(db, bsns)),
    wmoSupport: listLoader((bsns: readonly string[]) => findWmoSupport(db, bsns)),
    debtHelp: singleValueLoader((bsns: readonly string[]) => findDebtHelp(db, bsns)),
    healthLimitation: singleValueLoader((supportIds: readonly string[]) => findHealthLimitations(db, supportIds)),
  };
}

export type GemeenteLoaders = ReturnType<typeof createLoaders>;
export type GemeenteContext = SubgraphContext<GemeenteLoaders>;
