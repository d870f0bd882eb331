// Jest runs the TypeScript sources through ts-jest. jose 6 ships ES modules only, so it is transformed too.
// The cluster test (eight processes on PostgreSQL) runs on its own after the rest (`npm run test:cluster`, part of
// `npm test`): beside the other suites it starved them of CPU and made their timing-sensitive steps flaky.
const cluster = process.env.KETENREGIE_CLUSTER_TEST === '1';
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/common', '<rootDir>/partner-kit', '<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/test'],
  testMatch: cluster ? ['<rootDir>/test/cluster.test.ts'] : ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: cluster ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/cluster.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testTimeout: 60000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  globalTeardown: '<rootDir>/test/support/globalTeardown.js',
  // Every test file's server log lines go to a file the global teardown searches for personal data.
  setupFiles: ['<rootDir>/test/support/suiteLog.ts'],
};
