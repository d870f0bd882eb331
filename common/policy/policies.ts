/**
 * Sharing policies as partners declare them with @disclose (schema/disclose-v1.graphql), read from SDL: a
 * subgraph's own, or the composed supergraph (where the directive survives thanks to @composeDirective, while the
 * API schema drops it). One function decides the policy that applies to a field, for the gateway and the
 * subgraphs alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isObjectType, Kind, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { type DataCategory } from '../register';

export const DISCLOSE_DIRECTIVE = 'disclose';
export const WILDCARD_ROLE = 'ANY_ROLE';
export const DISCLOSE_SPEC_PATH = join(__dirname, '..', '..', 'schema', 'disclose-v1.graphql');

/** The directive's definition, to load together with a subgraph's SDL. */
export function discloseSpecSdl(): string {
  return readFileSync(DISCLOSE_SPEC_PATH, 'utf8');
}

export interface DisclosurePolicy {
  /** Case roles that may receive the data; ANY_ROLE for any role. */
  to: readonly string[];
  /** Processing activities (register ids) the data may serve. */
  for: readonly string[];
  category: DataCategory;
  /** Where the policy is declared: `Type.field` or `Type`. */
  declaredOn: string;
}

export interface PolicySet {
  byField: ReadonlyMap<string, DisclosurePolicy>;
  byType: ReadonlyMap<string, DisclosurePolicy>;
}

function stringList(value: ValueNode | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.LIST) return value.values.flatMap(stringList);
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return [value.value];
  return [];
}

function toPolicy(directive: ConstDirectiveNode, declaredOn: string): DisclosurePolicy {
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const category = stringList(argument('category'))[0];
  return {
    to: stringList(argument('to')),
    for: stringList(argument('for')),
    category: (category ?? 'ORDINARY') as DataCategory,
    declaredOn,
  };
}

function discloseOf(directives: readonly ConstDirectiveNode[] | undefined): ConstDirectiveNode | undefined {
  return directives?.find((d) => d.name.value === DISCLOSE_DIRECTIVE);
}

/** Reads every @disclose in an SDL document (type definitions and extensions). */
export function readPolicies(document: DocumentNode): PolicySet {
  const byField = new Map<string, DisclosurePolicy>();
  const byType = new Map<string, DisclosurePolicy>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeName = definition.name.value;
    const onType = discloseOf(definition.directives);
    if (onType) byType.set(typeName, toPolicy(onType, typeName));
    for (const field of definition.fields ?? []) {
      const onField = discloseOf(field.directives);
      if (onField) byField.set(`${typeName}.${field.name.value}`, toPolicy(onField, `${typeName}.${field.name.value}`));
    }
  }
  return { byField, byType };
}

/**
 * The policy that governs `typeName.fieldName`: the field's own; else its type's; else, for a field that returns
 * objects, the policy of the type it returns (the field that loads data carries that data's policy).
 */
export function effectivePolicy(
  policies: PolicySet,
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
): DisclosurePolicy | undefined {
  const own = policies.byField.get(`${typeName}.${fieldName}`) ?? policies.byType.get(typeName);
  if (own) return own;
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  const returned = type.getFields()[fieldName]?.type;
  return returned ? policies.byType.get(getNamedType(returned).name) : undefined;
}

/** Two policies are the same when they name the same roles, activities and category. */
export function samePolicy(a: DisclosurePolicy | undefined, b: DisclosurePolicy | undefined): boolean {
  if (!a || !b) return a === b;
  const key = (p: DisclosurePolicy) => JSON.stringify([[...p.to].sort(), [...p.for].sort(), p.category]);
  return key(a) === key(b);
}
