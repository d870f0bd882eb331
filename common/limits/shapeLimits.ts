/**
 * The limits that depend on a document's shape alone (depth, aliases, directives: graphql-armor's rules; root
 * fields: ours), checked once per parsed document. Armor's rules report through our callback instead of throwing,
 * so a refusal is one clean OPERATION_TOO_COMPLEX error, and its message names the limit but nothing of the schema.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type LimitReason, type LimitViolation } from './limitReason';
import { type OperationLimits } from './operationLimits';

/** Marks a reported error as ours, with the limit it stands for. */
class LimitError extends GraphQLError {
  constructor(
    readonly reason: LimitReason,
    message: string,
  ) {
    super(message);
  }
}

type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

function reportAs(
  reason: LimitReason,
  describe: (armorMessage: string) => string,
): { onReject: RejectCallback[]; propagateOnRejection: false } {
  return {
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(new LimitError(reason, describe(error.message)))],
  };
}

/** "Syntax Error: Query depth limit of 10 exceeded, found 14." → "Query depth limit of 10 exceeded, found 14." */
const armorMessage = (message: string) => message.replace(/^Syntax Error:\s*/, '');

/** Root fields of an operation, counting those that fragments at the root contribute (each fragment once). */
function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, SelectionSetNode>,
  seen = new Set<string>(),
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += countRootFields(fragment, fragments, seen);
    }
  }
  return count;
}

function rootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
      );
      const count = countRootFields(operation.selectionSet, fragments);
      if (count > maxRootFields)
        context.reportError(new LimitError('ROOT_FIELDS', `Root fields limit of ${maxRootFields} exceeded, found ${count}.`));
    },
  });
}

export function shapeLimitRules(limits: OperationLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reportAs('DEPTH', armorMessage) },
    maxAliases: { n: limits.maxAliases, ...reportAs('ALIASES', armorMessage) },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('DIRECTIVES', armorMessage) },
    // Tokens are counted before parsing (countTokens.ts); cost is estimated per request (estimateCost.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return [...armor.protect().validationRules, rootFieldsRule(limits.maxRootFields)];
}

/** The first shape limit the document exceeds; undefined when it keeps to all. */
export function shapeLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
): LimitViolation | undefined {
  const error = validate(schema, document, rules).find((e): e is LimitError => e instanceof LimitError);
  return error ? { reason: error.reason, message: error.message } : undefined;
}
