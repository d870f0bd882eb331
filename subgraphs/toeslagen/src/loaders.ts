/** Per-request loaders of the allowances office: one SQL query per batch of BSNs, whatever the number of clients. */
import { type Kysely } from 'kysely';
import { findKnownClients, listLoader, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findAllowances, findRecoveries } from './store/repository';
import { type ToeslagenDatabase } from './store/schema';

export function createLoaders(db: Kysely<ToeslagenDatabase>, _principal: Principal) {
  return {
    record: singleValueLoader((bsns: readonly string[]) => findKnownClients(db, bsns)),
    allowances: listLoader((bsns: readonly string[]) => findAllowances(db, bsns)),
    recoveries: listLoader((bsns: readonly string[]) => findRecoveries(db, bsns)),
  };
}

export type ToeslagenLoaders = ReturnType<typeof createLoaders>;
export type ToeslagenContext = SubgraphContext<ToeslagenLoaders>;
