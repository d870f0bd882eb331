/**
 * Deny by default, checked when composing (each subgraph) and again when the gateway loads a supergraph (which it
 * must not trust merely because it was given one): every field that carries personal data must declare who may
 * receive it. Personal data is everything reachable from `Client` (except its key) until another entity begins
 * (partners, cases: governed by their owner). Policies must name registered activities whose purpose covers the
 * data's category, and special-category or criminal data must name its roles explicitly.
 */
import { buildASTSchema, getNamedType, isObjectType, parse, type DocumentNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { type Register } from '../register';
import { entityTypes } from './entityTypes';
import { type DisclosurePolicy, effectivePolicy, readPolicies, WILDCARD_ROLE } from './policies';

const EXPLICIT_ROLES_ONLY: ReadonlySet<string> = new Set(['SPECIAL_HEALTH', 'CRIMINAL']);

/** Every `Type.field` that carries personal data: reachable from Client, other entities excluded. */
export function personalDataFields(schema: GraphQLSchema, entities: ReadonlySet<string>): string[] {
  const client = schema.getType('Client');
  if (!isObjectType(client)) return [];
  const seen = new Set<string>();
  const fields: string[] = [];
  const visit = (type: GraphQLObjectType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (type.name === 'Client' && field.name === 'bsn') continue;
      fields.push(`${type.name}.${field.name}`);
      const target = getNamedType(field.type);
      if (isObjectType(target) && !entities.has(target.name)) visit(target);
    }
  };
  visit(client);
  return fields;
}

function lintPolicy(policy: DisclosurePolicy, register: Register): string[] {
  const problems: string[] = [];
  if (policy.to.length === 0) problems.push(`${policy.declaredOn}: @disclose names no role`);
  if (policy.for.length === 0) problems.push(`${policy.declaredOn}: @disclose names no processing activity`);
  for (const id of policy.for) {
    const activity = register.byId.get(id);
    if (!activity) problems.push(`${policy.declaredOn}: @disclose names "${id}", which is not an activity in the register`);
    else if (!activity.dataCategories.includes(policy.category)) {
      problems.push(
        `${policy.declaredOn}: activity "${id}" does not cover ${policy.category} data in the register; add the category there or drop the activity`,
      );
    }
  }
  if (EXPLICIT_ROLES_ONLY.has(policy.category) && policy.to.includes(WILDCARD_ROLE)) {
    problems.push(`${policy.declaredOn}: ${policy.category} data may not be shared with ${WILDCARD_ROLE}; name the roles explicitly`);
  }
  return problems;
}

/** The policy problems of a composed supergraph, in the words composition uses; empty when all is well. */
export function lintSupergraphPolicies(supergraphSdl: string, register: Register): string[] {
  const document = parse(supergraphSdl);
  return lintSubgraphPolicies(buildASTSchema(document, { assumeValidSDL: true }), document, register);
}

/** The policy problems of one subgraph (or supergraph), each a sentence naming the field; empty when all is well. */
export function lintSubgraphPolicies(schema: GraphQLSchema, document: DocumentNode, register: Register): string[] {
  const policies = readPolicies(document);
  const problems: string[] = [];
  for (const coordinate of personalDataFields(schema, entityTypes(document))) {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    if (!effectivePolicy(policies, schema, typeName, fieldName)) {
      problems.push(
        `${coordinate} carries personal data but declares no @disclose policy (deny by default: add one to the field or its type)`,
      );
    }
  }
  for (const policy of [...policies.byType.values(), ...policies.byField.values()]) problems.push(...lintPolicy(policy, register));
  return problems;
}
