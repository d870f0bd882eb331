/**
 * Puts the processing log's recorder around every resolver of a field that carries a sharing policy, outside the
 * partner's check: a value that resolves is recorded as disclosed for its data subject, a NOT_DISCLOSED refusal as
 * refused. A policy field whose data subject cannot be told is not answered (fail closed: it could not be logged).
 */
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors';
import { effectivePolicy, type PolicySet } from '../policy/policies';
import { type DisclosureRecorder } from './disclosureRecorder';

export interface LoggedContext {
  processingLog: DisclosureRecorder;
}

function isNotDisclosed(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.NOT_DISCLOSED;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Wraps the policy fields' resolvers in place; returns their coordinates. */
export function instrumentDisclosures(schema: GraphQLSchema, policies: PolicySet): string[] {
  const instrumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!effectivePolicy(policies, schema, type.name, field.name)) continue;
      const coordinate = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, LoggedContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context: LoggedContext, info) => {
        const recorder = context.processingLog;
        const subject = recorder.subjectOf(parent);
        if (subject === undefined) throw new Error(`${coordinate} carries personal data but its data subject is unknown, so it cannot be logged`);
        const refused = (error: unknown) => {
          if (isNotDisclosed(error)) recorder.refused(subject, coordinate);
          throw error;
        };
        let result: unknown;
        try {
          result = resolve(parent, args, context, info);
        } catch (error) {
          return refused(error);
        }
        if (!isPromiseLike(result)) {
          recorder.disclosed(subject, coordinate, result);
          return result;
        }
        return Promise.resolve(result).then((value) => {
          recorder.disclosed(subject, coordinate, value);
          return value;
        }, refused);
      };
      instrumented.push(coordinate);
    }
  }
  return instrumented;
}
