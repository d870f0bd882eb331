/** Migrations of the allowances office's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { createClientRegister } from '../../../../partner-kit';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-30-01-initial': {
    async up(db: Kysely<unknown>) {
      await createClientRegister(db);
      await db.schema
        .createTable('allowance')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('client.bsn'))
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('monthly_advance_cents', 'integer', (c) => c.notNull().check(sql`monthly_advance_cents >= 0`))
        .execute();
      // One allowance per kind and year; the index also serves the look-up by BSN.
      await db.schema.createIndex('allowance_bsn_kind_year').on('allowance').columns(['bsn', 'kind', 'year']).unique().execute();
      await db.schema
        .createTable('recovery')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('client.bsn'))
        .addColumn('allowance_kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('original_amount_cents', 'integer', (c) => c.notNull().check(sql`original_amount_cents >= 0`))
        .addColumn('amount_outstanding_cents', 'integer', (c) =>
          c.notNull().check(sql`amount_outstanding_cents >= 0 and amount_outstanding_cents <= original_amount_cents`),
        )
        .addColumn('payment_arrangement', 'integer', (c) => c.notNull().check(sql`payment_arrangement in (0, 1)`))
        .execute();
      await db.schema.createIndex('recovery_bsn').on('recovery').column('bsn').execute();
    },
  },
};
