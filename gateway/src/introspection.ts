/**
 * Who may see the schema: the one place that decides it. Introspection (`__schema`, `__type`) and the field
 * suggestions in validation messages ("Did you mean …?") reveal the whole graph; they are for intermediary staff,
 * or for everyone when the gateway is configured so (development). Asked twice per request, from the same rules:
 * before parsing, for callers refused before Apollo sees the document (admission.ts: anonymous, or not persisted),
 * and after, for everyone else (plugins/schemaVisibility.ts).
 */
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import { ErrorCode, ketenError } from '../../common';
import { type UserClaims } from './auth/claims';

export type IntrospectionAccess = 'staff' | 'everyone';

/** Whether the document asks for the schema anywhere (`__typename` is harmless and not counted). */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

function introspectionForbidden() {
  return ketenError(
    ErrorCode.FORBIDDEN,
    'Introspection is only for intermediary staff. Partners find the schema in their typed client (client/).',
    {
      withHttpStatus: true,
    },
  );
}

function parsesToIntrospection(query: string): boolean {
  try {
    return asksForIntrospection(parse(query));
  } catch {
    return false; // not GraphQL: Apollo Server refuses it with GRAPHQL_PARSE_FAILED
  }
}

export interface SchemaVisibility {
  /** Whether this caller (null: not authenticated) may see the schema and the suggestions. */
  maySee(user: UserClaims | null): boolean;
  /** Refuses (FORBIDDEN) a parsed document that asks for the schema, from a caller who may not see it. */
  refuseDocument(user: UserClaims | null, document: DocumentNode): void;
  /** The same for request text not yet parsed; text that is not GraphQL is left to Apollo Server's parser. */
  refuseText(user: UserClaims | null, query: string | undefined): void;
}

export function schemaVisibility(access: IntrospectionAccess): SchemaVisibility {
  const maySee = (user: UserClaims | null) => access === 'everyone' || user?.staff === true;
  return {
    maySee,
    refuseDocument(user, document) {
      if (!maySee(user) && asksForIntrospection(document)) throw introspectionForbidden();
    },
    refuseText(user, query) {
      if (!maySee(user) && query !== undefined && parsesToIntrospection(query)) throw introspectionForbidden();
    },
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;

/** A validation or coercion message without its "Did you mean …?" hint. */
export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}
