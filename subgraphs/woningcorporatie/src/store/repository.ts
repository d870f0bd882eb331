/** Reads of the housing corporation's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { groupBy } from '../../../../partner-kit';
import { type WoningcorporatieDatabase } from './schema';
import { type CollectionStep, type CollectionStepType, type RentArrears, type Tenancy } from './models';

type Db = Kysely<WoningcorporatieDatabase>;
type ByBsn<T> = Map<string, T>;

export async function findTenancies(db: Db, bsns: readonly string[]): Promise<ByBsn<Tenancy>> {
  const rows = await db.selectFrom('tenancy').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(
    rows.map((row) => [
      row.bsn,
      {
        address: { street: row.street, houseNumber: row.house_number, postalCode: row.postal_code, city: row.city },
        startDate: row.start_date,
        monthlyRent: row.monthly_rent_cents,
      },
    ]),
  );
}

export async function findRentArrears(db: Db, bsns: readonly string[]): Promise<ByBsn<RentArrears>> {
  const rows = await db.selectFrom('rent_arrears').selectAll().where('bsn', 'in', bsns).execute();
  return new Map(rows.map((row) => [row.bsn, { bsn: row.bsn, amount: row.amount_cents, months: row.months }]));
}

export async function findCollectionSteps(db: Db, bsns: readonly string[]): Promise<ByBsn<CollectionStep[]>> {
  const rows = await db.selectFrom('collection_step').selectAll().where('bsn', 'in', bsns).orderBy('step_date').orderBy('id').execute();
  const grouped = groupBy(rows, (row) => row.bsn);
  return new Map(
    [...grouped].map(([bsn, group]) => [
      bsn,
      group.map((row) => ({
        step: row.step as CollectionStepType,
        date: row.step_date,
      })),
    ]),
  );
}
