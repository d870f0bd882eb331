/** Reads of the allowances office's store: each takes many BSNs and runs one query, for the loaders. */
import { type Kysely } from 'kysely';
import { groupBy } from '../../../../partner-kit';
import { type ToeslagenDatabase } from './schema';
import { type Allowance, type AllowanceKind, type Recovery } from './models';

type Db = Kysely<ToeslagenDatabase>;
type ByBsn<T> = Map<string, T>;

export async function findAllowances(db: Db, bsns: readonly string[]): Promise<ByBsn<Allowance[]>> {
  const rows = await db
    .selectFrom('allowance')
    .selectAll()
    .where('bsn', 'in', bsns)
    .orderBy('year', 'desc')
    .orderBy('kind')
    .orderBy('id')
    .execute();
  const grouped = groupBy(rows, (row) => row.bsn);
  return new Map(
    [...grouped].map(([bsn, group]) => [
      bsn,
      group.map((row) => ({
        kind: row.kind as AllowanceKind,
        year: row.year,
        monthlyAdvance: row.monthly_advance_cents,
      })),
    ]),
  );
}

export async function findRecoveries(db: Db, bsns: readonly string[]): Promise<ByBsn<Recovery[]>> {
  const rows = await db.selectFrom('recovery').selectAll().where('bsn', 'in', bsns).orderBy('year', 'desc').orderBy('id').execute();
  const grouped = groupBy(rows, (row) => row.bsn);
  return new Map(
    [...grouped].map(([bsn, group]) => [
      bsn,
      group.map((row) => ({
        allowanceKind: row.allowance_kind as AllowanceKind,
        year: row.year,
        originalAmount: row.original_amount_cents,
        amountOutstanding: row.amount_outstanding_cents,
        paymentArrangement: row.payment_arrangement === 1,
      })),
    ]),
  );
}
