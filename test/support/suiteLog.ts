/**
 * Jest set-up file, run before each test file: when the suite's set-up named a log folder (globalSetup.js), every
 * line the servers of this test file log goes to a file of its own there, at debug level, for the teardown to search
 * for personal data (suiteLogScan.ts).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { logSuiteToFile } from '../../common/logger';
import { SUITE_LOG_DIR } from './suiteLogDir';

const dir = process.env[SUITE_LOG_DIR];
if (dir) logSuiteToFile(join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.log`));
