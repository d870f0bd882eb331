/**
 * One `_entities` fetch of a query plan, as the gateway sends it: a query whose only root field is
 * `_entities(representations: $representations)`. It is read into its parts (to be merged with others,
 * mergedEntityFetches.ts), with each distinct representation once and, per original position, which one it was; and
 * its answer is spread back over the original positions: duplicates deep-copied (the gateway merges into the objects
 * it gets, so no two positions may share one) and error paths rewritten per position.
 */
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

export const REPRESENTATIONS = 'representations';
const ENTITIES = '_entities';

export interface EntityFetch {
  operation: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
  /** The operation's `_entities` field. */
  entities: FieldNode;
  /** The definition of `$representations`. */
  representationsDefinition: VariableDefinitionNode;
  /** The fetch's other variables (taken from the client's request). */
  variables: Record<string, unknown>;
  /** Each distinct representation once, in the order first met. */
  representations: unknown[];
  /** For each original position, the index of its representation in `representations`. */
  positions: number[];
}

function isRepresentationsArgument(field: FieldNode): boolean {
  const [argument, ...others] = field.arguments ?? [];
  return (
    others.length === 0 &&
    argument?.name.value === REPRESENTATIONS &&
    argument.value.kind === Kind.VARIABLE &&
    argument.value.name.value === REPRESENTATIONS
  );
}

/** The fetch's parts, or undefined when it is not a plain `_entities` fetch. */
export function entityFetchOf(document: DocumentNode, variables: Record<string, unknown>): EntityFetch | undefined {
  const { definitions } = document;
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operations.length + fragments.length !== definitions.length) return undefined;
  const [entities, ...others] = operation.selectionSet.selections;
  if (operation.operation !== 'query' || operation.directives?.length || others.length > 0) return undefined;
  if (entities?.kind !== Kind.FIELD || entities.name.value !== ENTITIES || entities.alias || entities.directives?.length) return undefined;
  const representationsDefinition = operation.variableDefinitions?.find((d) => d.variable.name.value === REPRESENTATIONS);
  const given = variables[REPRESENTATIONS];
  if (!isRepresentationsArgument(entities) || !representationsDefinition || !Array.isArray(given)) return undefined;
  const rest = Object.fromEntries(Object.entries(variables).filter(([name]) => name !== REPRESENTATIONS));
  const indexByKey = new Map<string, number>();
  const representations: unknown[] = [];
  const positions = given.map((representation: unknown) => {
    const key = JSON.stringify(representation);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = representations.push(representation) - 1;
      indexByKey.set(key, index);
    }
    return index;
  });
  return { operation, fragments, entities, representationsDefinition, variables: rest, representations, positions };
}

/** True when some representation came more than once. */
export function hasDuplicates(fetch: EntityFetch): boolean {
  return fetch.representations.length < fetch.positions.length;
}

/** The entities answered for the distinct representations, spread over the original positions. */
function entitiesPerPosition(answered: unknown, positions: readonly number[]): unknown {
  if (!Array.isArray(answered)) return answered;
  const handedOut = new Set<number>();
  return positions.map((index) => {
    const entity: unknown = answered[index];
    if (!handedOut.has(index)) {
      handedOut.add(index);
      return entity;
    }
    return structuredClone(entity);
  });
}

/** An error of the distinct representation `index`, once per original position that had it. */
function errorsPerPosition(
  error: GraphQLFormattedError,
  rest: ReadonlyArray<string | number>,
  index: number,
  positions: readonly number[],
) {
  const copies: GraphQLFormattedError[] = [];
  positions.forEach((at, position) => {
    if (at === index) copies.push({ ...error, path: [ENTITIES, position, ...rest] });
  });
  return copies;
}

/**
 * This fetch's share of an answer in which its entities came under `responseKey`: errors under that key are this
 * fetch's (rewritten per position), errors under no fetch's key (or without a path) go to every fetch.
 */
export function answerOf(
  fetch: EntityFetch,
  responseKey: string,
  response: GatewayGraphQLResponse,
  allResponseKeys: ReadonlySet<string>,
): GatewayGraphQLResponse {
  const data = response.data;
  const answer: GatewayGraphQLResponse = {
    data: data ? { [ENTITIES]: entitiesPerPosition(data[responseKey], fetch.positions) } : data,
  };
  const errors: GraphQLFormattedError[] = [];
  for (const error of response.errors ?? []) {
    const [key, index, ...rest] = error.path ?? [];
    if (typeof key === 'string' && allResponseKeys.has(key)) {
      if (key !== responseKey) continue;
      if (typeof index === 'number') errors.push(...errorsPerPosition(error, rest, index, fetch.positions));
      else errors.push({ ...error, path: [ENTITIES, ...(index === undefined ? [] : [index]), ...rest] });
    } else errors.push({ ...error });
  }
  if (errors.length > 0) answer.errors = errors;
  return answer;
}
