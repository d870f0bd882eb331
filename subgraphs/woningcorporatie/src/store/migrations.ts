/** Migrations of the housing corporation's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { createClientRegister } from '../../../../partner-kit';
import { sql, type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-30-01-initial': {
    async up(db: Kysely<unknown>) {
      await createClientRegister(db);
      await db.schema
        .createTable('tenancy')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('street', 'varchar(100)', (c) => c.notNull())
        .addColumn('house_number', 'varchar(16)', (c) => c.notNull())
        .addColumn('postal_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('city', 'varchar(100)', (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('monthly_rent_cents', 'integer', (c) => c.notNull().check(sql`monthly_rent_cents >= 0`))
        .execute();
      await db.schema
        .createTable('rent_arrears')
        .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey().references('client.bsn'))
        .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents > 0`))
        .addColumn('months', 'integer', (c) => c.notNull().check(sql`months >= 0`))
        .execute();
      await db.schema
        .createTable('collection_step')
        .addColumn('id', 'varchar(48)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull().references('rent_arrears.bsn'))
        .addColumn('step', 'varchar(24)', (c) => c.notNull())
        .addColumn('step_date', 'varchar(10)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('collection_step_bsn').on('collection_step').column('bsn').execute();
    },
  },
};
