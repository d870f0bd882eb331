/**
 * Which fields of an operation the declared processing activity may not receive. Walks the operation itself,
 * expanding fragment spreads and inline fragments, and counts every field whatever its @skip/@include (a variable
 * could switch it on), so neither aliases, fragments, abstract types nor directives let a field slip past.
 */
import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { effectivePolicy, type PolicySet } from '../../../common';

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

/** At most this many paths are reported; the coordinates are always complete. */
const MAX_REPORTED_PATHS = 50;

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
  // Each fragment is walked once per type it is spread into, and its findings reused at every spread: a chain of
  // fragments that each spread the next twice would otherwise cost 2^n walks (a cheap way to stall the gateway).
  const fragmentFindings = new Map<string, RefusedField[]>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, inFragments: ReadonlySet<string>): RefusedField[] => {
    const found: RefusedField[] = [];
    const coordinates = new Set<string>();
    // Findings are capped as they are gathered (every coordinate kept, paths up to the cap), so a fragment spread
    // many times does not multiply them.
    const record = (finding: RefusedField) => {
      if (found.length >= MAX_REPORTED_PATHS && coordinates.has(finding.coordinate)) return;
      coordinates.add(finding.coordinate);
      found.push(finding);
    };
    const add = (prefix: string[], findings: readonly RefusedField[]) => {
      for (const f of findings) record({ path: [...prefix, f.path].filter(Boolean).join('.'), coordinate: f.coordinate });
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition) add([], walk(selection.selectionSet, condition, inFragments));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !condition || inFragments.has(fragment.name.value)) continue;
        const key = `${fragment.name.value}@${parent.name}`;
        let findings = fragmentFindings.get(key);
        if (!findings)
          fragmentFindings.set(key, (findings = walk(fragment.selectionSet, condition, new Set([...inFragments, fragment.name.value]))));
        add([], findings);
        continue;
      }
      const fieldName = selection.name.value;
      if (fieldName.startsWith('__')) continue;
      const responseKey = selection.alias?.value ?? fieldName;
      for (const typeName of possibleObjectTypes(schema, parent)) {
        const policy = effectivePolicy(policies, schema, typeName, fieldName);
        if (policy && !policy.for.includes(activity)) record({ path: responseKey, coordinate: `${typeName}.${fieldName}` });
      }
      const declared = fieldOf(schema, parent, fieldName);
      if (selection.selectionSet && declared) add([responseKey], walk(selection.selectionSet, getNamedType(declared.type), inFragments));
    }
    return found;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? walk(operation.selectionSet, root, new Set()) : [];
}

/** The field as declared on the parent (object or interface) type, for the type its selection applies to. */
function fieldOf(schema: GraphQLSchema, parent: GraphQLNamedType, fieldName: string) {
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[fieldName];
  const first = possibleObjectTypes(schema, parent)
    .map((name) => schema.getType(name))
    .find(isObjectType);
  return first?.getFields()[fieldName];
}
