/** Reads of the municipality's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { groupBy } from '../../../../common/loaders';
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
    .selectAll()
    .where('bsn', 'in', bsns)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .execute();
  const grouped = groupBy(rows, (row) => row.bsn);
  return new Map(
    [...grouped].map(([bsn, group]) => [
      bsn,
      group.map((row) => ({
        type: row.type as WmoSupportType,
        startDate: row.start_date,
        endDate: row.end_date,
        healthLimitation: row.health_limitation,
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
