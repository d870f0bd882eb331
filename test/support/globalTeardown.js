// Jest global teardown: searches every log line the run's servers and processes wrote for personal data (the demo
// population's BSNs; suiteLogScan.ts) and fails the run on a hit, keeping the logs; then drops the PostgreSQL schemas
// this run created (prefix set in globalSetup.js).
const { rmSync } = require('node:fs');
const { Pool } = require('pg');
const { SUITE_LOG_DIR } = require('./suiteLogDir');
const { personalDataInLogs } = require('./suiteLogScan');

module.exports = async function globalTeardown() {
  try {
    await dropSchemas();
  } finally {
    searchLogs();
  }
};

function searchLogs() {
  const dir = process.env[SUITE_LOG_DIR];
  if (!dir) return;
  const { files, lines, hits } = personalDataInLogs(dir);
  if (hits.length === 0) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`\nNo personal data in ${lines} log lines of ${files} test files and processes.`);
    return;
  }
  const shown = hits.slice(0, 20).map(({ file, line }) => `  ${file}: ${line}`);
  throw new Error(`${hits.length} log lines name a BSN of the demo population (logs kept in ${dir}):\n${shown.join('\n')}`);
}

async function dropSchemas() {
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
}
