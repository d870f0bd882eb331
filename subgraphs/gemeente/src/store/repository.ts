/** Reads of the municipality's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { groupBy } from '../../../../partner-kit';
import { type GemeenteDatabase } from './schema';
import {
  type DebtHelpStatus,
  type DebtHelpTrajectory,
  type HouseholdType,
  type SocialAssistance,
  type SocialAssistanceStatus,
  type WmoSupport,
  type WmoSupportType,
} from './models';

type Db = Kysely<GemeenteDatabase>;
type ByBsn<T> = Map<string, T>;

export async function findSocialAssistance(db: Db, bsns: readonly string[]): Promise<ByBsn<SocialAssistance>> {
  const rows = await db.selectFrom('social_assistance').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(
    rows.map((row) => [
      row.bsn,
      {
        status: row.status as SocialAssistanceStatus,
        startDate: row.start_date,
        endDate: row.end_date,
        normAmount: row.norm_amount_cents,
        household: row.household as HouseholdType,
      },
    ]),
  );
}

export async function findWmoSupport(db: Db, bsns: readonly string[]): Promise<ByBsn<WmoSupport[]>> {
  const rows = await db
    .selectFrom('wmo_support')
    .select(['id', 'bsn', 'type', 'start_date', 'end_date'])
    .where('bsn', 'in', bsns)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .execute();
  const grouped = groupBy(rows, (row) => row.bsn);
  return new Map(
    [...grouped].map(([bsn, group]) => [
      bsn,
      group.map((row) => ({
        id: row.id,
        bsn: row.bsn,
        type: row.type as WmoSupportType,
        startDate: row.start_date,
        endDate: row.end_date,
      })),
    ]),
  );
}

export async function findDebtHelp(db: Db, bsns: readonly string[]): Promise<ByBsn<DebtHelpTrajectory>> {
  const rows = await db.selectFrom('debt_help').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(
    rows.map((row) => [
      row.bsn,
      {
        status: row.status as DebtHelpStatus,
        startDate: row.start_date,
        totalDebt: row.total_debt_cents,
        creditorCount: row.creditor_count,
      },
    ]),
  );
}

/** The health limitation of Wmo support (special category), by support id; read only once disclosure is allowed. */
export async function findHealthLimitations(db: Db, supportIds: readonly string[]): Promise<ByBsn<string | null>> {
  const rows = await db.selectFrom('wmo_support').select(['id', 'health_limitation']).where('id', 'in', supportIds).execute();
  return new Map(rows.map((row) => [row.id, row.health_limitation]));
}
