/** Migrations of the SVB's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { createClientRegister } from '../../../../partner-kit';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-29-01-initial': {
    async up(db: Kysely<unknown>) {
      await createClientRegister(db);
      await db.schema
        .createTable('aow')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('monthly_amount_cents', 'integer', (c) => c.notNull().check(sql`monthly_amount_cents >= 0`))
        .addColumn('accrual_percentage', 'integer', (c) => c.notNull().check(sql`accrual_percentage >= 0 and accrual_percentage <= 100`))
        .execute();
      await db.schema
        .createTable('child_benefit')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('number_of_children', 'integer', (c) => c.notNull().check(sql`number_of_children > 0`))
        .addColumn('quarterly_amount_cents', 'integer', (c) => c.notNull().check(sql`quarterly_amount_cents >= 0`))
        .execute();
    },
  },
};
