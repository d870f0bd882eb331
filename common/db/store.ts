/**
 * A subgraph's own store: one Kysely instance over SQLite (better-sqlite3, the default) or PostgreSQL (when
 * DATABASE_URL is set, one schema per subgraph). Migrations run when the store opens. Every executed SQL
 * statement is counted, so tests can prove that loaders batch.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  type Migration,
  type MigrationProvider,
  type QueryExecutor,
  type SqliteDatabase,
} from 'kysely';
import { Pool } from 'pg';
import { envUrl } from '../config';

export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string; poolSize?: number };

export type Dialect = StoreConfig['kind'];

export interface Store<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Number of SQL statements executed since the store opened. */
  queryCount(): number;
  close(): Promise<void>;
}

/** Whether `db` (or a transaction on it) runs on PostgreSQL, for the few statements written per dialect. */
export function isPostgres(db: { getExecutor(): QueryExecutor }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Chooses the store from the environment: PostgreSQL when DATABASE_URL is set, else an SQLite file under DATA_DIR. */
export function storeConfigFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.DATABASE_URL) {
    const url = envUrl('DATABASE_URL', '', env, ['postgres:', 'postgresql:']);
    const prefix = env.DATABASE_SCHEMA_PREFIX ?? '';
    if (!SCHEMA_NAME.test(`${prefix}${subgraph}`)) {
      throw new Error(
        `DATABASE_SCHEMA_PREFIX must be lower-case letters, digits and underscores, starting with a letter or underscore, got "${prefix}"`,
      );
    }
    return { kind: 'postgres', url, schema: `${prefix}${subgraph}` };
  }
  return { kind: 'sqlite', file: join(env.DATA_DIR ?? 'data', `${subgraph}.sqlite`) };
}

async function ensurePostgresSchema(url: string, schema: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two replicas creating the same schema at once: one wins, the other sees a duplicate, which is fine.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  } finally {
    await pool.end();
  }
}

const MAX_CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every statement anew; preparing took a sixth of a subgraph's CPU under load. Statements are
 * reusable (one connection, used one query at a time), so they are kept by their SQL text, a bounded number.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value as string);
        statements.set(text, (statement = database.prepare(text)));
      }
      return statement;
    },
  };
}

function openSqlite(file: string): SqliteDialect {
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: withStatementCache(database) });
}

function openPostgres(url: string, schema: string, poolSize: number): PostgresDialect {
  const pool = new Pool({ connectionString: url, max: poolSize, options: `-c search_path="${schema}"` });
  return new PostgresDialect({ pool });
}

class RecordMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.migrations);
  }
}

/**
 * Kysely's migrator lists every table of the database, naming each by its schema (pg_get_serial_sequence), so a
 * schema that another store drops at that moment (tests and benchmarks drop theirs when they stop) fails this
 * store's migration with 3F000, through no fault of its own: that one is tried again.
 */
function anotherSchemaVanished(error: unknown, config: StoreConfig): boolean {
  if (config.kind !== 'postgres' || (error as { code?: string }).code !== '3F000') return false;
  return !(error instanceof Error && error.message.includes(`"${config.schema}"`));
}

export async function openStore<DB>(config: StoreConfig, migrations: Record<string, Migration>): Promise<Store<DB>> {
  let queries = 0;
  let dialect;
  if (config.kind === 'postgres') {
    if (!SCHEMA_NAME.test(config.schema)) throw new Error(`Invalid PostgreSQL schema name "${config.schema}"`);
    await ensurePostgresSchema(config.url, config.schema);
    dialect = openPostgres(config.url, config.schema, config.poolSize ?? 10);
  } else {
    dialect = openSqlite(config.file);
  }
  const db = new Kysely<DB>({
    dialect,
    log(event) {
      if (event.level === 'query') queries++;
    },
  });
  const migrator = new Migrator({
    db,
    provider: new RecordMigrationProvider(migrations),
    // Each subgraph's migration bookkeeping lives in its own schema; without this, Kysely would find another
    // subgraph's table on the search path and skip or break this subgraph's migrations.
    ...(config.kind === 'postgres' ? { migrationTableSchema: config.schema } : {}),
  });
  let { error, results } = await migrator.migrateToLatest();
  for (let retry = 0; retry < 3 && error && anotherSchemaVanished(error, config); retry++) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    db,
    dialect: config.kind,
    queryCount: () => queries,
    close: () => db.destroy(),
  };
}
