// Jest global set-up: says once which stores the store-dependent suites run against, and names this run, so that
// every PostgreSQL schema the suites create carries the run's prefix and can be dropped at the end (teardown).
// It also makes the folder where every test file's server log lines go (suiteLog.ts), searched by the teardown.
// Schemas are not dropped while other suites run: Kysely's migrator lists every schema's tables, and a schema
// dropped in the middle of that listing makes another suite's start-up fail.
const { randomBytes } = require('node:crypto');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { SUITE_LOG_DIR } = require('./suiteLogDir');

module.exports = async function globalSetup() {
  process.env.KETENREGIE_TEST_RUN = `t${randomBytes(3).toString('hex')}`;
  process.env[SUITE_LOG_DIR] = mkdtempSync(join(tmpdir(), 'ketenregie-test-logs-'));
  if (process.env.TEST_DATABASE_URL) {
    console.log('\nStores under test: SQLite and PostgreSQL (TEST_DATABASE_URL is set).');
  } else {
    console.log('\nStores under test: SQLite only. PostgreSQL runs SKIPPED: set TEST_DATABASE_URL (as .ci/run does) to include them.');
  }
};
