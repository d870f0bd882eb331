/**
 * Merging `_entities` fetches at GraphQL level: a merged operation is valid against the subgraph's own schema, keeps
 * each fetch's fragments and representations apart, and each fetch gets back exactly its entities, per original
 * position (duplicates as separate objects), with its errors at its own positions.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, validate } from 'graphql';
import { entityFetchOf, type EntityFetch } from '../entityFetch';
import { canJoin, mergeEntityFetches, splitMergedAnswer } from '../mergedEntityFetches';

/** A subgraph's schema in miniature: the Client entity with a partner's section. */
const uwvSchema = buildSubgraphSchema(
  parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    type Query { ok: Boolean }
    type Client @key(fields: "bsn") { bsn: String! uwv: UwvClientRecord }
    type UwvClientRecord { benefits: [Benefit!] incomeRelations: [IncomeRelation!] }
    type Benefit { type: String }
    type IncomeRelation { employer: String }
  `),
);
const X = { __typename: 'Client', bsn: '999000007' };
const Y = { __typename: 'Client', bsn: '999000019' };

function fetchOf(query: string, variables: Record<string, unknown>): EntityFetch {
  const fetch = entityFetchOf(parse(query), variables);
  if (!fetch) throw new Error('not an entity fetch');
  return fetch;
}

const first = fetchOf(
  'query Q__uwv__1($representations: [_Any!]!) { _entities(representations: $representations) { ...U } } fragment U on Client { uwv { benefits { type } } }',
  { representations: [X, Y, X] },
);
const second = fetchOf(
  'query Q__uwv__2($representations: [_Any!]!) { _entities(representations: $representations) { ...U } } fragment U on Client { uwv { incomeRelations { employer } } }',
  { representations: [Y] },
);

describe('merged entity fetches', () => {
  it('send each distinct representation once, and are valid for the subgraph', () => {
    expect(first.representations).toEqual([X, Y]);
    expect(first.positions).toEqual([0, 1, 0]);
    const merged = mergeEntityFetches([first, second]);
    expect(validate(uwvSchema, merged.document)).toEqual([]);
    expect(merged.query).toContain('_e0: _entities(representations: $representations_0) {\n    ...U__0');
    expect(merged.query).toContain('_e1: _entities(representations: $representations_1) {\n    ...U__1');
    expect(merged.variables).toEqual({ representations_0: [X, Y], representations_1: [Y] });
  });

  it('give each fetch its entities and errors per original position', () => {
    const merged = mergeEntityFetches([first, second]);
    const [one, two] = splitMergedAnswer([first, second], merged, {
      data: { _e0: [{ uwv: { benefits: [] } }, { uwv: null }], _e1: [{ uwv: { incomeRelations: [] } }] },
      errors: [
        { message: 'not disclosed', path: ['_e0', 1, 'uwv'], extensions: { code: 'NOT_DISCLOSED' } },
        { message: 'log down', extensions: { code: 'LOG_UNAVAILABLE' } },
      ],
    });
    expect(one?.data).toEqual({ _entities: [{ uwv: { benefits: [] } }, { uwv: null }, { uwv: { benefits: [] } }] });
    const entities = one?.data?._entities as unknown[];
    expect(entities[2]).not.toBe(entities[0]);
    expect(one?.errors?.map((e) => e.path)).toEqual([['_entities', 1, 'uwv'], undefined]);
    expect(two?.data).toEqual({ _entities: [{ uwv: { incomeRelations: [] } }] });
    expect(two?.errors?.map((e) => e.extensions?.code)).toEqual(['LOG_UNAVAILABLE']);
  });

  it('join only when the variables they share are the same', () => {
    const withFirst = (value: number) =>
      fetchOf('query Q__uwv__3($first: Int, $representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', {
        first: value,
        representations: [X],
      });
    expect(canJoin([withFirst(1)], withFirst(1))).toBe(true);
    expect(canJoin([withFirst(1)], withFirst(2))).toBe(false);
    expect(canJoin([first], second)).toBe(true);
  });
});
