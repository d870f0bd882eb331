/**
 * The one resolver wrapper for personal data. Around each planned field (disclosurePlan.ts) it runs, in this order:
 * subject (dataSubject.ts: the one rule) → the owner's check, when planned → the field's own resolver → record,
 * when planned: disclosed with the value's objects attributed to the subject, or refused on NOT_DISCLOSED (from the
 * check or the resolver). Fail closed: a value whose subject cannot be told is neither checked nor logged, so it is
 * not handed out; a refused value is never read from the store. A record that cannot be written is the
 * processing-log plugin's concern: it withholds the whole answer (LOG_UNAVAILABLE).
 */
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../common';
import { type DisclosureRecorder } from '../processingLog/disclosureRecorder';
import { type DataSubjects } from './dataSubject';
import { type DisclosureChecker } from './disclosureChecker';
import { type FieldPlan } from './disclosurePlan';

/** The pipeline's state for one request. */
export interface RequestDisclosures {
  subjects: DataSubjects;
  /** The owner's check (regie: its purpose part); null only in a subgraph whose plan checks nothing. */
  checker: DisclosureChecker | null;
  recorder: DisclosureRecorder;
}

export interface DisclosureContext {
  disclosures: RequestDisclosures;
}

type Resolver = GraphQLFieldResolver<unknown, DisclosureContext>;

function isNotDisclosed(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.NOT_DISCLOSED;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function wrap(field: FieldPlan, resolve: Resolver): Resolver {
  const { coordinate, policy } = field;
  return (parent, args, context, info) => {
    const { subjects, checker, recorder } = context.disclosures;
    const subject = subjects.subjectOf(parent);
    if (subject === undefined)
      throw new Error(`${coordinate} carries personal data but its data subject is unknown, so it is not handed out`);
    const handedOut = (value: unknown) => {
      subjects.attribute(subject, value);
      if (field.record) recorder.disclosed(subject, coordinate);
      return value;
    };
    const refused = (error: unknown): never => {
      if (field.record && isNotDisclosed(error)) recorder.refused(subject, coordinate);
      throw error;
    };
    if (field.check) {
      if (!checker) return refused(new Error(`${coordinate} is to be checked, but this request has no checker`));
      return checker
        .assertDisclosed(subject, policy, coordinate)
        .then(() => resolve(parent, args, context, info))
        .then(handedOut, refused);
    }
    // Unchecked fields stay synchronous when their resolver is: most policy fields are plain properties.
    let result: unknown;
    try {
      result = resolve(parent, args, context, info);
    } catch (error) {
      return refused(error);
    }
    return isPromiseLike(result) ? Promise.resolve(result).then(handedOut, refused) : handedOut(result);
  };
}

/** Wraps the planned fields' resolvers in place; the schema is the subgraph's own, built for this server. */
export function applyDisclosurePipeline(schema: GraphQLSchema, plan: readonly FieldPlan[]): void {
  for (const field of plan) {
    const type = schema.getType(field.typeName);
    const definition = isObjectType(type) ? type.getFields()[field.fieldName] : undefined;
    if (!definition) throw new Error(`The disclosure plan names ${field.coordinate}, which this schema does not have`);
    definition.resolve = wrap(field, (definition.resolve as Resolver | undefined) ?? defaultFieldResolver);
  }
}
