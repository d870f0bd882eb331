/** Per-request loaders of the intermediary: partners, cases, roles and histories, each one SQL query per batch. */
import DataLoader from 'dataloader';
import { type Kysely } from 'kysely';
import { listLoader, MAX_BATCH_SIZE, singleValueLoader, type SubgraphContext } from '../../../partner-kit';
import { type Principal } from '../../../common';
import { findActiveAssignments, findCases, findCasesInvolving, findCasesOfClients, findEvents } from './store/caseRepository';
import { findPartners, listPartners } from './store/repository';
import { type RegieDatabase } from './store/schema';

export function createLoaders(db: Kysely<RegieDatabase>, principal: Principal) {
  return {
    partner: singleValueLoader((oins: readonly string[]) => findPartners(db, oins)),
    allPartners: () => listPartners(db),
    caseById: singleValueLoader((ids: readonly string[]) => findCases(db, ids)),
    casesOfClient: listLoader((bsns: readonly string[]) => findCasesOfClients(db, bsns)),
    activeAssignments: listLoader((caseIds: readonly string[]) => findActiveAssignments(db, caseIds)),
    events: listLoader((caseIds: readonly string[]) => findEvents(db, caseIds)),
    /** Whether the requesting organisation holds or ever held a role in a case. */
    involvement: new DataLoader<string, boolean>(
      async (caseIds) => {
        const involved = await findCasesInvolving(db, principal.org, caseIds);
        return caseIds.map((id) => involved.has(id));
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}

export type RegieLoaders = ReturnType<typeof createLoaders>;
export type RegieContext = SubgraphContext<RegieLoaders>;

/** After a mutation, forget what this request loaded about the case, so its answer shows the new state. */
export function forgetCase(loaders: RegieLoaders, chainCase: { id: string; bsn: string }): void {
  loaders.caseById.clear(chainCase.id);
  loaders.activeAssignments.clear(chainCase.id);
  loaders.events.clear(chainCase.id);
  loaders.involvement.clear(chainCase.id);
  loaders.casesOfClient.clear(chainCase.bsn);
}
