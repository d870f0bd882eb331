/** Reads of the SVB's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { type SvbDatabase } from './schema';
import { type AowPension, type ChildBenefit } from './models';

type Db = Kysely<SvbDatabase>;
type ByBsn<T> = Map<string, T>;

export async function findAow(db: Db, bsns: readonly string[]): Promise<ByBsn<AowPension>> {
  const rows = await db.selectFrom('aow').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(
    rows.map((row) => [
      row.bsn,
      {
        startDate: row.start_date,
        monthlyAmount: row.monthly_amount_cents,
        accrualPercentage: row.accrual_percentage,
      },
    ]),
  );
}

export async function findChildBenefit(db: Db, bsns: readonly string[]): Promise<ByBsn<ChildBenefit>> {
  const rows = await db.selectFrom('child_benefit').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(
    rows.map((row) => [
      row.bsn,
      {
        numberOfChildren: row.number_of_children,
        quarterlyAmount: row.quarterly_amount_cents,
      },
    ]),
  );
}
