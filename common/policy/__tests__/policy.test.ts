import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { decideDisclosure } from '../disclosureChecker';
import { fieldsToGuard } from '../guardSchema';
import { discloseSpecSdl, effectivePolicy, readPolicies, type DisclosurePolicy } from '../policies';

const policy = (to: string[], forActivities: string[]): DisclosurePolicy => ({ to, for: forActivities, category: 'FINANCIAL', declaredOn: 'T' });

describe('the owner\'s disclosure decision', () => {
  it.each([
    ['an allowed role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['MAIN_CONTRACTOR'], 'yes'],
    ['another role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['SUBCONTRACTOR'], 'NO_ROLE'],
    ['no role', policy(['ANY_ROLE'], ['a']), 'a', false, [], 'NO_ROLE'],
    ['any role, having one', policy(['ANY_ROLE'], ['a']), 'a', false, ['CONTRIBUTOR'], 'yes'],
    ['the owner, without a role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', true, [], 'yes'],
    ['the owner, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', true, [], 'PURPOSE'],
    ['a role, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', false, ['MAIN_CONTRACTOR'], 'PURPOSE'],
  ])('%s', (_label, p, activity, owner, roles, expected) => {
    const decision = decideDisclosure(p, activity, owner, new Set(roles));
    expect(decision.disclosed ? 'yes' : decision.reason).toBe(expected);
  });
});

describe('which fields are checked at run time', () => {
  const sdl = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@composeDirective"])
      @link(url: "https://specs.ketenregie.nl/disclose/v1.0", import: ["@disclose"]) @composeDirective(name: "@disclose")
    type Query { ping: String }
    type Client @key(fields: "bsn") { bsn: String! section: Section @disclose(to: [ANY_ROLE], for: ["a"], category: ORDINARY) }
    type Section { items: [Item!] notes: [Note!] }
    type Item @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { amount: Int health: String @disclose(to: [DIRECTOR], for: ["a"], category: SPECIAL_HEALTH) }
    type Note @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { text: String }
    type Letter @key(fields: "id") @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { id: ID! body: String }
    ${discloseSpecSdl()}`;
  const typeDefs = parse(sdl);
  const schema = buildSubgraphSchema({ typeDefs });
  const policies = readPolicies(typeDefs);

  it('takes a field\'s own policy, else its type\'s, else that of the type it returns', () => {
    expect(effectivePolicy(policies, schema, 'Item', 'health')?.declaredOn).toBe('Item.health');
    expect(effectivePolicy(policies, schema, 'Item', 'amount')?.declaredOn).toBe('Item');
    expect(effectivePolicy(policies, schema, 'Section', 'items')?.declaredOn).toBe('Item');
    expect(effectivePolicy(policies, schema, 'Client', 'bsn')).toBeUndefined();
  });

  it('guards where data is handed out, and where a field is stricter than what produced its parent', () => {
    const guarded = fieldsToGuard(schema, policies, new Set(['Client', 'Letter'])).map((f) => f.coordinate);
    expect(guarded.sort()).toEqual(['Client.section', 'Item.health', 'Letter.body', 'Letter.id', 'Section.items', 'Section.notes']);
  });
});
