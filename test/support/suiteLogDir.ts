/** The environment variable naming the folder where the test suite keeps every log line (globalSetup.js sets it). */
export const SUITE_LOG_DIR = 'KETENREGIE_TEST_LOG_DIR';
