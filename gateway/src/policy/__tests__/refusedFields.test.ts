import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { readPolicies } from '../../../../common';
import { findRefusedFields } from '../refusedFields';

const root = join(__dirname, '..', '..', '..', '..', 'schema');
const api = buildSchema(readFileSync(join(root, 'api.graphql'), 'utf8'));
const policies = readPolicies(parse(readFileSync(join(root, 'supergraph.graphql'), 'utf8')));

function refused(query: string, activity: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  return findRefusedFields(api, policies, document, operation, activity);
}

describe("the purpose check's walk over an operation", () => {
  it('finds a field behind a chain of fragments that each spread the next twice, walking each fragment once', () => {
    let fragments = '';
    for (let i = 0; i < 40; i++) fragments += `fragment F${i} on Client { bsn ...F${i + 1} ...F${i + 1} }\n`;
    fragments += 'fragment F40 on Client { uwv { benefits { disabilityClass } } }';
    // 2^40 paths lead to the field: walking them would never end; reusing each fragment's findings takes no time.
    const result = refused(`{ client(bsn: "999000007") { ...F0 } }\n${fragments}`, 'schuldhulp-intake');
    expect(new Set(result.map((r) => r.coordinate))).toEqual(new Set(['Benefit.disabilityClass']));
    expect(result[0]?.path).toBe('client.uwv.benefits.disabilityClass');
    expect(result.length).toBeLessThanOrEqual(50);
  });

  it('reports every refused coordinate, and nothing for allowed fields', () => {
    const result = refused(
      '{ client(bsn: "999000007") { a: gemeente { wmoSupport { type healthLimitation } } uwv { benefits { type } } } }',
      'schuldhulp-intake',
    );
    expect(result.map((r) => r.coordinate).sort()).toEqual(['GemeenteRecord.wmoSupport', 'WmoSupport.healthLimitation', 'WmoSupport.type']);
    expect(result.map((r) => r.path)).toContain('client.a.wmoSupport.healthLimitation');
  });
});
