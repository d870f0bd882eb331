/**
 * An operation's estimated cost: the objects it may produce. Each object field counts once per object it returns;
 * a list field counts as many times as its `first`/`last`/`limit` argument says, or as long as a list argument
 * is (`clients(bsns: …)`, `_entities(representations: …)`), or the default list size; scalars, enums and
 * introspection are free. So a cycle such as `Client.cases → Case.client → Client.cases …` multiplies at every
 * level and is refused long before it could be executed. The walk stops once the ceiling is passed, and each
 * fragment is costed once, so estimating is linear in the document whatever it asks.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CostOptions {
  defaultListSize: number;
  /** Stop counting once past this. */
  ceiling: number;
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

function fieldDefinition(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function sizeFromArgument(argument: ArgumentNode, variables: Readonly<Record<string, unknown>>): number | undefined {
  const value = argument.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    if (Array.isArray(given)) return given.length;
    if (typeof given === 'number' && Number.isInteger(given)) return given;
  }
  return undefined;
}

/** How many items a list field counts for. */
function listSize(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Readonly<Record<string, unknown>>,
  defaultSize: number,
): number {
  const byName = new Map((node.arguments ?? []).map((a) => [a.name.value, a]));
  for (const name of SIZE_ARGUMENTS) {
    const argument = byName.get(name);
    const size = argument ? sizeFromArgument(argument, variables) : undefined;
    if (size !== undefined) return Math.max(size, 0);
  }
  for (const definition of field.args) {
    const argument = byName.get(definition.name);
    if (argument && isListType(getNullableType(definition.type))) {
      const size = sizeFromArgument(argument, variables);
      if (size !== undefined) return Math.max(size, 0);
    }
  }
  return defaultSize;
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fragmentCosts = new Map<string, number>();

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    // A cycle is invalid GraphQL (validation refuses it); counted as nothing while it is being costed.
    fragmentCosts.set(name, 0);
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    const cost = fragment && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  }

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (total > options.ceiling) return total;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += fragmentCost(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) total += selectionCost(selection.selectionSet, type);
      } else if (!selection.name.value.startsWith('__')) {
        const field = fieldDefinition(parent, selection.name.value);
        const type = field ? getNamedType(field.type) : undefined;
        if (!field || !isCompositeType(type)) continue;
        const count = isListType(getNullableType(field.type)) ? listSize(selection, field, variables, options.defaultListSize) : 1;
        total += count * (1 + (selection.selectionSet ? selectionCost(selection.selectionSet, type) : 0));
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
}
