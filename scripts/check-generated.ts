/**
 * Fails when a committed generated file is stale: the supergraph and API schema (composition), codegen's
 * resolver types, the partners' typed client and its persisted-operations manifest (client/__generated__/), the
 * sharing matrix, and what derives from the error codes (docs/error-codes.md, the client's copy in
 * client/src/__generated__/errorCodes.ts). Part of `npm test`, so CI refuses a change that forgot to regenerate.
 * The explorer and front-end bundles are not committed (1.9 MB of build output that would change with every
 * dependency bump): `npm start` and the browser tests build them from source (`npm run build:web`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function run(description: string, command: string, args: string[], fix = 'npm run codegen'): void {
  try {
    execFileSync(command, args, { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer; stderr?: Buffer }).stdout?.toString() ?? '';
    const errors = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    console.error(`${description} is stale or broken: run \`${fix}\` and commit the result.\n${output}${errors}`);
    process.exit(1);
  }
}

run('The supergraph (schema/supergraph.graphql, schema/api.graphql)', process.execPath, [
  '--import',
  'tsx',
  'scripts/compose.ts',
  '--check',
]);
run('Generated code (__generated__ folders, the typed client and persisted-documents.json)', process.execPath, [
  join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'),
  '--config',
  'codegen.ts',
  '--check',
]);
run('The sharing matrix (docs/sharing-matrix.md)', process.execPath, ['--import', 'tsx', 'scripts/policy-report.ts', '--check']);
run(
  'The error codes (docs/error-codes.md, client/src/__generated__/errorCodes.ts)',
  process.execPath,
  ['--import', 'tsx', 'scripts/error-codes.ts', '--check'],
  'npm run docs:errors',
);
console.log('generated files are up to date');
