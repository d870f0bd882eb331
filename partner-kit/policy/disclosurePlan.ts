/**
 * The disclosure pipeline's decision, made once per subgraph schema and pure: for every field that carries a
 * sharing policy, that policy, whether the owner checks it at run time and whether the processing log records it.
 * A field is checked unless every field that can produce its parent object carries the same policy (the parent
 * could not exist without that check); so the fields that load data (`Client.uwv`, `UwvRecord.benefits`) and
 * fields stricter than their type (`Benefit.disabilityClass`) are checked, each before its resolver runs. Entities
 * arrive as bare references (`_entities`), never through a checked field, so their fields are always checked.
 * Every policy field is recorded, checked or not: the log names each field disclosed or refused.
 */
import { getNamedType, isAbstractType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { type DisclosurePolicy, effectivePolicy, type PolicySet, samePolicy } from '../../common';

export interface FieldPlan {
  typeName: string;
  fieldName: string;
  /** `Type.field`, as refusals and log records name it. */
  coordinate: string;
  policy: DisclosurePolicy;
  /** The owner's check runs before the resolver (false: a parent checked under the same policy covers it). */
  check: boolean;
  /** The processing log records the field as disclosed or refused for its data subject. */
  record: boolean;
}

export interface PlanOptions {
  /** Types with a @key: they arrive as references, so nothing upstream checked them. */
  entities: ReadonlySet<string>;
  /** Whether this subgraph checks at all (partners and regie do; only the cost benchmark builds one that does not). */
  checks: boolean;
  /** Whether this subgraph keeps a processing log (always, but in the log-cost benchmark). */
  records: boolean;
}

function objectTypesOf(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__'));
}

/** For each object type, the policies of every field that can produce it (an abstract result produces each possible type). */
function producerPolicies(schema: GraphQLSchema, policies: PolicySet): Map<string, Array<DisclosurePolicy | undefined>> {
  const producers = new Map<string, Array<DisclosurePolicy | undefined>>();
  for (const type of objectTypesOf(schema)) {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const produced = isAbstractType(target) ? schema.getPossibleTypes(target).map((t) => t.name) : [target.name];
      for (const name of produced) {
        const list = producers.get(name) ?? [];
        list.push(effectivePolicy(policies, schema, type.name, field.name));
        producers.set(name, list);
      }
    }
  }
  return producers;
}

export function planDisclosures(schema: GraphQLSchema, policies: PolicySet, options: PlanOptions): FieldPlan[] {
  const producers = producerPolicies(schema, policies);
  const plan: FieldPlan[] = [];
  for (const type of objectTypesOf(schema)) {
    const parents = options.entities.has(type.name) ? [] : (producers.get(type.name) ?? []);
    for (const field of Object.values(type.getFields())) {
      const policy = effectivePolicy(policies, schema, type.name, field.name);
      if (!policy) continue;
      const covered = parents.length > 0 && parents.every((parentPolicy) => samePolicy(parentPolicy, policy));
      const coordinate = `${type.name}.${field.name}`;
      plan.push({
        typeName: type.name,
        fieldName: field.name,
        coordinate,
        policy,
        check: options.checks && !covered,
        record: options.records,
      });
    }
  }
  return plan;
}
