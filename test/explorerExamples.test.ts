/** The explorer's saved example operations stay valid against the API schema, and are allowed for their activity. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const EXAMPLES = join(__dirname, '..', 'client', 'explorer', 'examples');
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'api.graphql'), 'utf8'));

describe('the explorer examples', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.graphql'));

  it('cover the daily work', () => {
    expect(files.sort()).toEqual(['assignRole.graphql', 'caseHistory.graphql', 'dossier.graphql', 'handOver.graphql', 'openCase.graphql']);
  });

  it.each(files)('%s is valid against schema/api.graphql', (file) => {
    expect(validate(schema, parse(readFileSync(join(EXAMPLES, file), 'utf8'))).map((e) => e.message)).toEqual([]);
  });
});
