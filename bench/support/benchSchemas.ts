/**
 * Drops the PostgreSQL schemas a benchmark created (every schema whose name starts with one of its prefixes: the
 * subgraphs' and the gateway's alike), once the stopped services have let go of their connections.
 */
import { Pool } from 'pg';

async function dropOnce(databaseUrl: string, prefixes: readonly string[]): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    for (const prefix of prefixes) {
      const { rows } = await pool.query<{ nspname: string }>('select nspname from pg_namespace where starts_with(nspname, $1)', [prefix]);
      for (const { nspname } of rows) await pool.query(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await pool.end();
  }
}

export async function dropBenchSchemas(databaseUrl: string, prefixes: readonly string[], attempts = 20): Promise<void> {
  try {
    await dropOnce(databaseUrl, prefixes);
  } catch (error) {
    const tooManyClients = (error as { code?: string }).code === '53300';
    if (!tooManyClients || attempts <= 1) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await dropBenchSchemas(databaseUrl, prefixes, attempts - 1);
  }
}
