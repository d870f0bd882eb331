// Jest global set-up: says once which stores the store-dependent suites run against, and names this run, so that
// every PostgreSQL schema the suites create carries the run's prefix and can be dropped at the end (teardown).
// Schemas are not dropped while other suites run: Kysely's migrator lists every schema's tables, and a schema
// dropped in the middle of that listing makes another suite's start-up fail.
const { randomBytes } = require('node:crypto');

module.exports = async function globalSetup() {
  process.env.KETENREGIE_TEST_RUN = `t${randomBytes(3).toString('hex')}`;
  if (process.env.TEST_DATABASE_URL) {
    console.log('\nStores under test: SQLite and PostgreSQL (TEST_DATABASE_URL is set).');
  } else {
    console.log('\nStores under test: SQLite only. PostgreSQL runs SKIPPED: set TEST_DATABASE_URL (as .ci/run does) to include them.');
  }
};
