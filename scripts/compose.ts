/**
 * Composes the registry's subgraph SDLs (subgraphs/<name>/schema.graphql) into the supergraph with @apollo/composition,
 * and writes schema/supergraph.graphql (what the gateway serves) and schema/api.graphql (what clients see,
 * used by codegen). With --check it writes nothing and fails when either file is stale or composition fails. Each file
 * is written beside its place and renamed over it, so a running gateway that watches the supergraph (SUPERGRAPH_WATCH)
 * never reads half of one; it then serves the new one if it passes the same policy checks.
 */
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH, API_SCHEMA_PATH } from './lib/composeSupergraph';

function main(): void {
  const check = process.argv.includes('--check');
  const result = composeSupergraph();
  if (!result.ok) {
    console.error('Composition failed:');
    for (const error of result.errors) console.error(`  - ${error}`);
    process.exit(1);
  }
  const outputs: Array<[string, string]> = [
    [SUPERGRAPH_PATH, result.supergraphSdl],
    [API_SCHEMA_PATH, result.apiSchemaSdl],
  ];
  const root = join(__dirname, '..');
  let stale = false;
  for (const [path, content] of outputs) {
    const relative = path.replace(`${root}/`, '');
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
        console.error(`${relative} is stale: run \`npm run compose\` and commit the result.`);
        stale = true;
      }
    } else {
      writeFileSync(`${path}.next`, content);
      renameSync(`${path}.next`, path);
      console.log(`wrote ${relative}`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log('supergraph and API schema are up to date');
}

main();
