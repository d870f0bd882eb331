/** Migrations of the intermediary's store; they run at start-up, in name order, on SQLite and PostgreSQL alike. */
import { type Kysely, type Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-29-01-partners': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('partner')
        .addColumn('oin', 'varchar(20)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('subgraph', 'varchar(64)')
        .addColumn('registered_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
};
