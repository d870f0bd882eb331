// Jest global set-up: says once, at the top of the run, which stores the store-dependent suites run against.
module.exports = async function announceStores() {
  if (process.env.TEST_DATABASE_URL) {
    console.log('\nStores under test: SQLite and PostgreSQL (TEST_DATABASE_URL is set).');
  } else {
    console.log('\nStores under test: SQLite only. PostgreSQL runs SKIPPED: set TEST_DATABASE_URL (as .ci/run does) to include them.');
  }
};
