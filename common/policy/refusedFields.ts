/**
 * Which fields of an operation the declared processing activity may not receive. Walks the operation itself,
 * expanding fragment spreads and inline fragments, and counts every field whatever its @skip/@include (a variable
 * could switch it on), so neither aliases, fragments, abstract types nor directives let a field slip past.
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { effectivePolicy, type PolicySet } from './policies';

export interface RefusedField {
  /** The response path in the operation, aliases included, e.g. `client.uwv.benefits.disabilityClass`. */
  path: string;
  /** The schema coordinate, e.g. `Benefit.disabilityClass`. */
  coordinate: string;
}

function possibleObjectTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isObjectType(type)) return [type.name];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((t) => t.name);
  return [];
}

export function findRefusedFields(
  schema: GraphQLSchema,
  policies: PolicySet,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  activity: string,
): RefusedField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const refused: RefusedField[] = [];

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, path: string[], inFragments: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition) walk(selection.selectionSet, condition, path, inFragments);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition && !inFragments.has(fragment.name.value)) {
          walk(fragment.selectionSet, condition, path, new Set([...inFragments, fragment.name.value]));
        }
        continue;
      }
      const fieldName = selection.name.value;
      if (fieldName.startsWith('__')) continue;
      const responsePath = [...path, selection.alias?.value ?? fieldName];
      let returned: GraphQLNamedType | undefined;
      for (const typeName of possibleObjectTypes(schema, parent)) {
        const objectType = schema.getType(typeName);
        const field = isObjectType(objectType) ? objectType.getFields()[fieldName] : undefined;
        if (!field) continue;
        returned ??= getNamedType(field.type);
        const policy = effectivePolicy(policies, schema, typeName, fieldName);
        if (policy && !policy.for.includes(activity)) refused.push({ path: responsePath.join('.'), coordinate: `${typeName}.${fieldName}` });
      }
      if (selection.selectionSet && returned) walk(selection.selectionSet, returned, responsePath, inFragments);
    }
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (root) walk(operation.selectionSet, root, [], new Set());
  return refused;
}
