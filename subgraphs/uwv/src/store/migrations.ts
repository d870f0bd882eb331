/** Migrations of UWV's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { createClientRegister } from '../../../../partner-kit';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-29-01-initial': {
    async up(db: Kysely<unknown>) {
      await createClientRegister(db);
      await db.schema
        .createTable('benefit')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('client.bsn'))
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('end_date', 'varchar(10)')
        .addColumn('monthly_amount_cents', 'integer', (c) => c.notNull().check(sql`monthly_amount_cents >= 0`))
        .addColumn('disability_class', 'varchar(16)')
        .execute();
      await db.schema.createIndex('benefit_bsn').on('benefit').column('bsn').execute();
      await db.schema
        .createTable('income_relation')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('client.bsn'))
        .addColumn('employer', 'varchar(120)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('end_date', 'varchar(10)')
        .addColumn('monthly_wage_cents', 'integer', (c) => c.notNull().check(sql`monthly_wage_cents >= 0`))
        .addColumn('hours_per_week', 'integer', (c) => c.notNull().check(sql`hours_per_week >= 0`))
        .execute();
      await db.schema.createIndex('income_relation_bsn').on('income_relation').column('bsn').execute();
    },
  },
};
