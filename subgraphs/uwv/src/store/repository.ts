/** Reads of UWV's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { groupBy } from '../../../../partner-kit';
import { type UwvDatabase } from './schema';
import { type Benefit, type BenefitType, type DisabilityClass, type IncomeRelation } from './models';

type Db = Kysely<UwvDatabase>;
type ByBsn<T> = Map<string, T>;

export async function findBenefits(db: Db, bsns: readonly string[]): Promise<ByBsn<Benefit[]>> {
  const rows = await db
    .selectFrom('benefit')
    .select(['id', 'bsn', 'type', 'start_date', 'end_date', 'monthly_amount_cents'])
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
        type: row.type as BenefitType,
        startDate: row.start_date,
        endDate: row.end_date,
        monthlyAmount: row.monthly_amount_cents,
      })),
    ]),
  );
}

export async function findIncomeRelations(db: Db, bsns: readonly string[]): Promise<ByBsn<IncomeRelation[]>> {
  const rows = await db
    .selectFrom('income_relation')
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
        employer: row.employer,
        startDate: row.start_date,
        endDate: row.end_date,
        monthlyWage: row.monthly_wage_cents,
        hoursPerWeek: row.hours_per_week,
      })),
    ]),
  );
}

/** The disability class of benefits (special category: health), by benefit id; read only once disclosure is allowed. */
export async function findDisabilityClasses(db: Db, benefitIds: readonly string[]): Promise<Map<string, DisabilityClass | null>> {
  const rows = await db.selectFrom('benefit').select(['id', 'disability_class']).where('id', 'in', benefitIds).execute();
  return new Map(rows.map((row) => [row.id, row.disability_class as DisabilityClass | null]));
}
