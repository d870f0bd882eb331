/** The staff-only view of unusual activity (cases/unusualActivity.ts): who opened many cases, which closed quickly. */
import { type Kysely } from 'kysely';
import { ErrorCode, ketenError } from '../../../../common';
import { busyOpeners, quickCloseMs, type UnusualActivitySettings } from '../cases/unusualActivity';
import { findOpeningsSince, findQuickCloses, MAX_OPENINGS_READ } from '../store/activityRepository';
import { type RegieDatabase } from '../store/schema';
import { type Resolvers } from '../__generated__/resolvers-types';
import { partnerOf } from './cases';

/** The view looks back at most this far, so one question never reads the whole history. */
const MAX_LOOKBACK_MS = 31 * 24 * 3600 * 1000;

export interface UnusualActivityDependencies {
  db: Kysely<RegieDatabase>;
  unusualActivity: UnusualActivitySettings;
  now: () => Date;
}

export function createUnusualActivityResolvers({ db, unusualActivity: settings, now }: UnusualActivityDependencies): Resolvers {
  return {
    Query: {
      unusualActivity: async (_root, { since }, { principal }) => {
        if (!principal.staff || principal.citizen !== undefined) {
          throw ketenError(ErrorCode.FORBIDDEN, "Only the intermediary's staff may see the view of unusual activity.");
        }
        if (now().getTime() - Date.parse(since) > MAX_LOOKBACK_MS) {
          throw ketenError(ErrorCode.BAD_USER_INPUT, 'Look back at most 31 days (since).');
        }
        const openings = await findOpeningsSince(db, since);
        if (openings.length > MAX_OPENINGS_READ) {
          throw ketenError(
            ErrorCode.BAD_USER_INPUT,
            `More than ${MAX_OPENINGS_READ} cases were opened since then; ask for a shorter period.`,
          );
        }
        return {
          since,
          busyOpeners: busyOpeners(openings, settings),
          quickCloses: await findQuickCloses(db, since, quickCloseMs(settings)),
        };
      },
    },
    BusyOpener: {
      organisation: (busy, _args, { loaders }) => partnerOf(loaders, busy.org),
    },
    QuickClose: {
      caseId: (closed) => closed.id,
      openedBy: (closed, _args, { loaders }) => partnerOf(loaders, closed.openedByOrg),
      closedBy: (closed, _args, { loaders }) => partnerOf(loaders, closed.closedByOrg),
    },
  };
}
