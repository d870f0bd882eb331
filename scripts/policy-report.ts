/**
 * `npm run policy:report`: writes docs/sharing-matrix.md from the supergraph and the register.
 * With --check it writes nothing and fails when the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegister } from '../common';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from './lib/composeSupergraph';
import { sharingMatrix } from './lib/sharingMatrix';

const REPORT_PATH = join(__dirname, '..', 'docs', 'sharing-matrix.md');

const report = sharingMatrix(readFileSync(SUPERGRAPH_PATH, 'utf8'), readFileSync(API_SCHEMA_PATH, 'utf8'), loadRegister());
if (process.argv.includes('--check')) {
  if (!existsSync(REPORT_PATH) || readFileSync(REPORT_PATH, 'utf8') !== report) {
    console.error('docs/sharing-matrix.md is stale: run `npm run policy:report` and commit the result.');
    process.exit(1);
  }
  console.log('docs/sharing-matrix.md is up to date');
} else {
  writeFileSync(REPORT_PATH, report);
  console.log('wrote docs/sharing-matrix.md');
}
