/**
 * Several `_entities` fetches to one subgraph as one GraphQL operation: each fetch's `_entities` field under its own
 * alias (`_e0`, `_e1`, …) with its own representations variable (`$representations_0`, …) and its own fragments
 * (`Name__0`, …); the other variables are the client request's, shared by name. Fetches join only when the variables
 * they share have the same definition and value. The answer is split back with entityFetch.ts.
 */
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';
import { answerOf, type EntityFetch, REPRESENTATIONS } from './entityFetch';

export interface MergedOperation {
  document: DocumentNode;
  query: string;
  variables: Record<string, unknown>;
  /** Under which response key each fetch's entities come, in the order of the fetches. */
  responseKeys: string[];
}

const aliasOf = (k: number) => `_e${k}`;
const representationsOf = (k: number) => `${REPRESENTATIONS}_${k}`;

function sharedDefinitions(fetch: EntityFetch): VariableDefinitionNode[] {
  return (fetch.operation.variableDefinitions ?? []).filter((d) => d.variable.name.value !== REPRESENTATIONS);
}

/** Whether `fetch` can join `group`: every variable they share has the same definition and value. */
export function canJoin(group: readonly EntityFetch[], fetch: EntityFetch): boolean {
  const definitions = new Map(sharedDefinitions(fetch).map((d) => [d.variable.name.value, print(d)]));
  return group.every((member) =>
    sharedDefinitions(member).every((d) => {
      const name = d.variable.name.value;
      const theirs = definitions.get(name);
      if (theirs === undefined) return true;
      const [a, b] = [member.variables[name], fetch.variables[name]];
      return theirs === print(d) && (a === b || JSON.stringify(a) === JSON.stringify(b));
    }),
  );
}

/** The fetch's `_entities` field and fragments, renamed apart from the other fetches' (alias, variable, fragments). */
function renamed(fetch: EntityFetch, k: number) {
  const fragmentNames = new Set(fetch.fragments.map((f) => f.name.value));
  const rename = {
    Variable: (node: { name: { value: string } }) =>
      node.name.value === REPRESENTATIONS ? { ...node, name: { ...node.name, value: representationsOf(k) } } : undefined,
    FragmentSpread: (node: { name: { value: string } }) =>
      fragmentNames.has(node.name.value) ? { ...node, name: { ...node.name, value: `${node.name.value}__${k}` } } : undefined,
  };
  const entities = visit({ ...fetch.entities, alias: { kind: Kind.NAME, value: aliasOf(k) } }, rename);
  const fragments = fetch.fragments.map((f) => visit({ ...f, name: { ...f.name, value: `${f.name.value}__${k}` } }, rename));
  const representations = visit(fetch.representationsDefinition, rename);
  return { entities, fragments, representations };
}

/** One operation asking what all `fetches` ask (they must be able to join, see canJoin). */
export function mergeEntityFetches(fetches: readonly EntityFetch[]): MergedOperation {
  const [first] = fetches;
  if (!first) throw new Error('nothing to merge');
  const parts = fetches.map(renamed);
  const shared = new Map<string, VariableDefinitionNode>();
  const variables: Record<string, unknown> = {};
  fetches.forEach((fetch, k) => {
    for (const definition of sharedDefinitions(fetch)) shared.set(definition.variable.name.value, definition);
    Object.assign(variables, fetch.variables, { [representationsOf(k)]: fetch.representations });
  });
  const operation: OperationDefinitionNode = {
    ...first.operation,
    variableDefinitions: [...shared.values(), ...parts.map((p) => p.representations)],
    selectionSet: { kind: Kind.SELECTION_SET, selections: parts.map((p) => p.entities) },
  };
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...parts.flatMap((p) => p.fragments)] };
  return { document, query: print(document), variables, responseKeys: fetches.map((_, k) => aliasOf(k)) };
}

/** Each fetch's own answer out of the merged one. */
export function splitMergedAnswer(
  fetches: readonly EntityFetch[],
  merged: MergedOperation,
  response: GatewayGraphQLResponse,
): GatewayGraphQLResponse[] {
  const keys = new Set(merged.responseKeys);
  return fetches.map((fetch, k) => answerOf(fetch, merged.responseKeys[k] ?? '', response, keys));
}
