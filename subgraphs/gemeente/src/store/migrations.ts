/** Migrations of the municipality's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { createClientRegister } from '../../../../partner-kit';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-29-01-initial': {
    async up(db: Kysely<unknown>) {
      await createClientRegister(db);
      await db.schema
        .createTable('social_assistance')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('end_date', 'varchar(10)')
        .addColumn('norm_amount_cents', 'integer', (c) => c.notNull().check(sql`norm_amount_cents >= 0`))
        .addColumn('household', 'varchar(16)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('wmo_support')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('client.bsn'))
        .addColumn('type', 'varchar(24)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('end_date', 'varchar(10)')
        .addColumn('health_limitation', 'text')
        .execute();
      await db.schema.createIndex('wmo_support_bsn').on('wmo_support').column('bsn').execute();
      await db.schema
        .createTable('debt_help')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('status', 'varchar(24)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('total_debt_cents', 'integer', (c) => c.notNull())
        .addColumn('creditor_count', 'integer', (c) => c.notNull())
        .execute();
    },
  },
};
