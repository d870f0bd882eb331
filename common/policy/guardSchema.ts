/**
 * Puts the owning partner's check in front of the resolvers that hand out personal data. A field is checked at
 * run time unless every field that can produce its parent object was already checked under the same policy (then
 * the parent could not exist without that check); so the fields that load data (`Client.uwv`, `UwvRecord.benefits`)
 * and fields stricter than their type (`Benefit.disabilityClass`) are guarded, and each check happens before the
 * field's resolver, so a refused value is never read from the store. Guarded parents must carry the client's BSN.
 */
import { defaultFieldResolver, getNamedType, isAbstractType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { type DisclosureChecker } from './disclosureChecker';
import { effectivePolicy, samePolicy, type DisclosurePolicy, type PolicySet } from './policies';

export interface GuardedContext {
  disclosure: DisclosureChecker;
}

export interface GuardedField {
  coordinate: string;
  policy: DisclosurePolicy;
}

/** The fields that need a run-time check (see the header); pure, for tests and for the wrapping below. */
export function fieldsToGuard(schema: GraphQLSchema, policies: PolicySet, entities: ReadonlySet<string> = new Set(['Client'])): GuardedField[] {
  const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('__'));
  const producers = new Map<string, Array<DisclosurePolicy | undefined>>();
  for (const type of objectTypes) {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      // A field returning an interface or union produces each of its possible types.
      const produced = isAbstractType(target) ? schema.getPossibleTypes(target).map((t) => t.name) : [target.name];
      for (const name of produced) {
        const list = producers.get(name) ?? [];
        list.push(effectivePolicy(policies, schema, type.name, field.name));
        producers.set(name, list);
      }
    }
  }
  const guarded: GuardedField[] = [];
  for (const type of objectTypes) {
    // Entities arrive as bare references (from `_entities`), never through a checked field.
    const parents = entities.has(type.name) ? [] : (producers.get(type.name) ?? []);
    for (const field of Object.values(type.getFields())) {
      const policy = effectivePolicy(policies, schema, type.name, field.name);
      if (!policy) continue;
      const covered = parents.length > 0 && parents.every((parentPolicy) => samePolicy(parentPolicy, policy));
      if (!covered) guarded.push({ coordinate: `${type.name}.${field.name}`, policy });
    }
  }
  return guarded;
}

function bsnOf(parent: unknown): string | undefined {
  const bsn = typeof parent === 'object' && parent !== null ? (parent as { bsn?: unknown }).bsn : undefined;
  return typeof bsn === 'string' ? bsn : undefined;
}

/** Wraps the guarded fields' resolvers in place; the schema is the subgraph's own, built for this server. */
export function guardSchema(schema: GraphQLSchema, policies: PolicySet, entities: ReadonlySet<string>): GuardedField[] {
  const guarded = fieldsToGuard(schema, policies, entities);
  for (const { coordinate, policy } of guarded) {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const resolve: GraphQLFieldResolver<unknown, GuardedContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (parent, args, context: GuardedContext, info) => {
      const bsn = bsnOf(parent);
      // Fail closed: a guarded value whose client is unknown is never handed out.
      if (!bsn) throw new Error(`${coordinate} is guarded but its parent carries no BSN`);
      await context.disclosure.assertDisclosed(bsn, policy, coordinate);
      return resolve(parent, args, context, info);
    };
  }
  return guarded;
}
