// Jest global teardown: drops the PostgreSQL schemas this run created (prefix set in globalSetup.js).
const { Pool } = require('pg');

module.exports = async function globalTeardown() {
  const url = process.env.TEST_DATABASE_URL;
  const run = process.env.KETENREGIE_TEST_RUN;
  if (!url || !run) return;
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query('select nspname from pg_namespace where nspname like $1', [`${run}\\_%`]);
    for (const { nspname } of rows) await pool.query(`drop schema if exists "${nspname}" cascade`);
  } finally {
    await pool.end();
  }
};
