/**
 * Reads for the view of unusual activity (resolvers/unusualActivity.ts): openings per organisation and cases
 * closed soon after opening, since a moment. Bounded, so the view never grows with what one party wrote.
 */
import { type Kysely } from 'kysely';
import { type RegieDatabase } from './schema';

/** At most this many openings are read for one view; a busier period is refused (ask for a shorter one). */
export const MAX_OPENINGS_READ = 50_000;
/** At most this many quickly closed cases are listed. */
export const MAX_QUICK_CLOSES = 500;

export interface Opening {
  org: string;
  at: string;
}

/** Openings since `since`, per organisation in time order; one row more than MAX_OPENINGS_READ tells "too many". */
export async function findOpeningsSince(db: Kysely<RegieDatabase>, since: string): Promise<Opening[]> {
  return db
    .selectFrom('chain_case')
    .select(['opened_by_org as org', 'opened_at as at'])
    .where('opened_at', '>=', since)
    .orderBy('opened_by_org')
    .orderBy('opened_at')
    .limit(MAX_OPENINGS_READ + 1)
    .execute();
}

export interface ClosedCase {
  id: string;
  model: string;
  activity: string;
  openedAt: string;
  openedByOrg: string;
  closedAt: string;
  closedByOrg: string;
}

/** Cases opened since `since` and closed before `maxOpenMs` had passed, newest first. */
export async function findQuickCloses(db: Kysely<RegieDatabase>, since: string, maxOpenMs: number): Promise<ClosedCase[]> {
  const rows = await db
    .selectFrom('chain_case')
    .select(['id', 'model', 'activity', 'opened_at', 'opened_by_org', 'closed_at', 'closed_by_org'])
    .where('opened_at', '>=', since)
    .where('status', '=', 'CLOSED')
    .orderBy('opened_at', 'desc')
    .limit(MAX_OPENINGS_READ)
    .execute();
  const quick: ClosedCase[] = [];
  for (const row of rows) {
    if (row.closed_at === null || row.closed_by_org === null) continue;
    if (Date.parse(row.closed_at) - Date.parse(row.opened_at) > maxOpenMs) continue;
    quick.push({
      id: row.id,
      model: row.model,
      activity: row.activity,
      openedAt: row.opened_at,
      openedByOrg: row.opened_by_org,
      closedAt: row.closed_at,
      closedByOrg: row.closed_by_org,
    });
    if (quick.length === MAX_QUICK_CLOSES) break;
  }
  return quick;
}
