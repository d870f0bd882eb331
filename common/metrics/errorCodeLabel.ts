/**
 * The `code` label of a GraphQL answer: `OK`, or the first error's `extensions.code` when it is one the gateway or
 * Apollo Server defines. A subgraph's or a caller's text never becomes a label: anything else is `OTHER`.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isErrorCode } from '../errors';

const APOLLO_CODES = new Set<string>(Object.values(ApolloServerErrorCode));

export function codeLabel(code: unknown): string {
  return typeof code === 'string' && (isErrorCode(code) || APOLLO_CODES.has(code)) ? code : 'OTHER';
}

export function answerCodeLabel(errors: readonly Pick<GraphQLFormattedError, 'extensions'>[] | undefined): string {
  const first = errors?.[0];
  return first ? codeLabel(first.extensions?.code) : 'OK';
}

/** The label of a thrown error: its code when it is a GraphQL error with a known one, else OTHER. */
export function thrownCodeLabel(error: unknown): string {
  return codeLabel(error instanceof GraphQLError ? error.extensions.code : undefined);
}
