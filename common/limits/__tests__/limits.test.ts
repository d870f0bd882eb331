/** The limits as pure functions: cost estimates by table, shape limits, token counting, and the typed client within all. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getOperationAST, parse, type OperationDefinitionNode } from 'graphql';
import { loadPersistedOperations } from '../../../gateway/src/persisted/manifest';
import { tokenLimitViolation } from '../countTokens';
import { estimateCost } from '../estimateCost';
import { DEFAULT_OPERATION_LIMITS, operationLimitsFromEnv, subgraphLimitsFrom } from '../operationLimits';
import { shapeLimitRules, shapeLimitViolation } from '../shapeLimits';

const schema = buildSchema(`
  type Query { client(bsn: String!): Client  clients(bsns: [String!]!): [Client!]!  page(first: Int): [Client!]!  ping: String }
  type Client { bsn: String!  cases: [Case!]  tags: [String!] }
  type Case { id: ID!  client: Client! }
`);
const options = { defaultListSize: 10, ceiling: 1_000_000 };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return estimateCost(schema, document, getOperationAST(document) as OperationDefinitionNode, variables, options);
}

describe('estimateCost', () => {
  it.each([
    ['scalars, enums and introspection are free', '{ ping __typename }', {}, 0],
    ['one object', '{ client(bsn: "1") { bsn } }', {}, 1],
    ['a list without a size counts the default size', '{ client(bsn: "1") { cases { id } } }', {}, 1 + 10],
    ['a list of scalars is free', '{ client(bsn: "1") { tags } }', {}, 1],
    ['a literal first', '{ page(first: 3) { bsn } }', {}, 3],
    ['first from a variable', 'query($n: Int) { page(first: $n) { bsn } }', { n: 7 }, 7],
    ['a literal list argument counts its items', '{ clients(bsns: ["1", "2"]) { bsn } }', {}, 2],
    ['a list argument from a variable', 'query($b: [String!]!) { clients(bsns: $b) { bsn } }', { b: ['1', '2', '3'] }, 3],
    ['a cycle multiplies per level', '{ client(bsn: "1") { cases { client { cases { id } } } } }', {}, 1 + 10 * (1 + 1 + 10)],
    ['fragments count where they are spread', '{ client(bsn: "1") { ...F } } fragment F on Client { cases { id } }', {}, 1 + 10],
    [
      'a fragment spread twice counts twice',
      '{ a: client(bsn: "1") { ...F } b: client(bsn: "2") { ...F } } fragment F on Client { cases { id } }',
      {},
      2 * 11,
    ],
  ])('%s', (_what, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it('stays linear when fragments spread each other many times over', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Client { cases { client { ...F${i + 1} ...F${i + 1} } } }`,
    ).join(' ');
    const query = `{ client(bsn: "1") { ...F0 } } ${fragments} fragment F30 on Client { bsn }`;
    // 2^30 spreads if walked naively: without each fragment costed once this would not finish within the test's time.
    expect(cost(query)).toBeGreaterThan(options.ceiling);
  });
});

describe('shape limits', () => {
  const rules = shapeLimitRules({ ...DEFAULT_OPERATION_LIMITS, maxDepth: 3, maxAliases: 2, maxRootFields: 2, maxDirectives: 2 });
  it.each([
    ['DEPTH', '{ client(bsn: "1") { cases { client { bsn } } } }'],
    ['ALIASES', '{ a: ping b: ping c: ping }'],
    ['ROOT_FIELDS', '{ ping ping ping }'],
    ['ROOT_FIELDS', '{ ...R } fragment R on Query { ping ping ping }'],
    ['DIRECTIVES', '{ ping @skip(if: false) ping @skip(if: false) ping @skip(if: false) }'],
  ])('refuses %s: %s', (reason, query) => {
    expect(shapeLimitViolation(schema, parse(query), rules)?.reason).toBe(reason);
  });
  it('accepts what keeps to the limits, with a message that names only the limit', () => {
    expect(shapeLimitViolation(schema, parse('{ client(bsn: "1") { cases { id } } }'), rules)).toBeUndefined();
    expect(shapeLimitViolation(schema, parse('{ a: ping b: ping c: ping }'), rules)?.message).toBe('Aliases limit of 2 exceeded, found 3.');
  });
});

describe('token limit', () => {
  it('counts tokens without parsing and stops past the limit', () => {
    expect(tokenLimitViolation('{ a b c }', 5)).toBeUndefined();
    expect(tokenLimitViolation('{ a b c d e }', 5)?.reason).toBe('TOKENS');
    expect(tokenLimitViolation(`{ ${'a '.repeat(1_000_000)} }`, 100)?.reason).toBe('TOKENS');
    // Not GraphQL: left to the parser, which says what is wrong.
    expect(tokenLimitViolation('{ "unterminated', 100)).toBeUndefined();
  });
});

describe('settings', () => {
  it('reads LIMIT_* and refuses values that would refuse everything', () => {
    expect(operationLimitsFromEnv({ LIMIT_MAX_DEPTH: '7' }).maxDepth).toBe(7);
    expect(() => operationLimitsFromEnv({ LIMIT_MAX_COST: '0' })).toThrow(/LIMIT_MAX_COST must be at least 1/);
    expect(() => operationLimitsFromEnv({ LIMIT_MAX_ALIASES: 'many' })).toThrow(/LIMIT_MAX_ALIASES/);
  });
});

describe('the typed client keeps to the limits', () => {
  const apiSchema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'));
  const rules = shapeLimitRules(DEFAULT_OPERATION_LIMITS);
  // The largest batch the schema allows (1000 BSNs), and the largest page.
  const largest = { bsns: Array.from({ length: 1000 }, String), first: 100 };
  it.each([...loadPersistedOperations().values()].map((text) => [getOperationAST(parse(text))?.name?.value ?? '(anonymous)', text]))(
    '%s',
    (_name, text) => {
      const document = parse(text);
      expect(tokenLimitViolation(text, DEFAULT_OPERATION_LIMITS.maxTokens)).toBeUndefined();
      expect(shapeLimitViolation(apiSchema, document, rules)).toBeUndefined();
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const estimate = estimateCost(apiSchema, document, definition, largest, {
          defaultListSize: DEFAULT_OPERATION_LIMITS.defaultListSize,
          ceiling: DEFAULT_OPERATION_LIMITS.maxCost,
        });
        expect(estimate).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
      }
    },
  );
  it('a subgraph allows more than the gateway in every limit, so what the gateway lets through always fits', () => {
    const sub = subgraphLimitsFrom(DEFAULT_OPERATION_LIMITS);
    for (const key of Object.keys(DEFAULT_OPERATION_LIMITS) as Array<keyof typeof DEFAULT_OPERATION_LIMITS>)
      expect(sub[key]).toBeGreaterThanOrEqual(DEFAULT_OPERATION_LIMITS[key]);
  });
});
