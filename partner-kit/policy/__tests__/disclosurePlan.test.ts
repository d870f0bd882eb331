import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { planDisclosures, type PlanOptions } from '../disclosurePlan';
import { discloseSpecSdl, effectivePolicy, readPolicies } from '../../../common';
import { planSchema, planTypeDefs } from './support/planSchema';

const schema = planSchema();
const policies = readPolicies(planTypeDefs);
const entities = new Set(['Client', 'Letter']);

function planOf(options: Omit<PlanOptions, 'entities'>) {
  return new Map(planDisclosures(schema, policies, { entities, ...options }).map((field) => [field.coordinate, field]));
}

describe('the policy that governs a field', () => {
  it.each([
    ['Item.health', 'Item.health', 'its own'],
    ['Item.amount', 'Item', "its type's"],
    ['Section.items', 'Item', 'that of the type it returns'],
    ['Client.bsn', undefined, 'none'],
  ])('%s: %s (%s)', (coordinate, declaredOn, _why) => {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    expect(effectivePolicy(policies, schema, typeName, fieldName)?.declaredOn).toBe(declaredOn);
  });
});

describe('the disclosure plan of each field', () => {
  const full = planOf({ checks: true, records: true });

  it.each([
    // coordinate, policy declared on, checked, why
    ['Client.section', 'Client.section', true, 'loads data from a bare entity reference'],
    ['Section.items', 'Item', true, 'stricter than what produced Section'],
    ['Section.notes', 'Note', true, 'stricter than what produced Section'],
    ['Item.amount', 'Item', false, 'Section.items, its only producer, was checked under the same policy'],
    ['Item.health', 'Item.health', true, 'stricter than its type'],
    ['Note.text', 'Note', false, 'Section.notes, its only producer, was checked under the same policy'],
    ['Letter.id', 'Letter', true, 'an entity: arrives as a reference, never through a checked field'],
    ['Letter.body', 'Letter', true, 'an entity: arrives as a reference, never through a checked field'],
  ])('%s: policy of %s, checked %s (%s); recorded', (coordinate, declaredOn, check) => {
    const field = full.get(coordinate);
    expect(field).toMatchObject({ coordinate, check, record: true, policy: { declaredOn } });
  });

  it('leaves out fields without a policy', () => {
    expect([...full.keys()].sort()).toEqual([
      'Client.section',
      'Item.amount',
      'Item.health',
      'Letter.body',
      'Letter.id',
      'Note.text',
      'Section.items',
      'Section.notes',
    ]);
  });

  it.each([
    [{ checks: true, records: true }, 6, 8],
    [{ checks: true, records: false }, 6, 0],
    [{ checks: false, records: true }, 0, 8],
    [{ checks: false, records: false }, 0, 0],
  ])('with %j: %i fields checked, %i recorded, the same fields planned', (options, checked, recorded) => {
    const plan = [...planOf(options).values()];
    expect(plan.map((field) => field.coordinate).sort()).toEqual([...full.keys()].sort());
    expect(plan.filter((field) => field.check)).toHaveLength(checked);
    expect(plan.filter((field) => field.record)).toHaveLength(recorded);
  });

  it.each([
    ['both producers under the same policy', '"a"', false],
    ['the producers under different policies', '"b"', true],
  ])('a field whose type has two producers, %s: checked %s', (_label, secondPurpose, check) => {
    const typeDefs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"]) @link(url: "https://specs.ketenregie.nl/disclose/v1.0", import: ["@disclose"])
      type Query { ping: String }
      type Client @key(fields: "bsn") {
        bsn: String!
        first: Box @disclose(to: [ANY_ROLE], for: ["a"], category: ORDINARY)
        second: Box @disclose(to: [ANY_ROLE], for: [${secondPurpose}], category: ORDINARY)
      }
      type Box { value: Int @disclose(to: [ANY_ROLE], for: ["a"], category: ORDINARY) }
      ${discloseSpecSdl()}`);
    const plan = planDisclosures(buildSubgraphSchema({ typeDefs }), readPolicies(typeDefs), {
      entities: new Set(['Client']),
      checks: true,
      records: true,
    });
    expect(plan.find((field) => field.coordinate === 'Box.value')?.check).toBe(check);
  });
});
