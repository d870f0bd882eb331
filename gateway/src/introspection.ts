/**
 * Who may see the schema. Introspection (`__schema`, `__type`) and the field suggestions in validation messages
 * ("Did you mean …?") reveal the whole graph; they are for intermediary staff, or for everyone when the gateway is
 * configured so (development).
 */
import { Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode, ketenError } from '../../common/errors';
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

export function maySeeSchema(user: UserClaims | null, access: IntrospectionAccess): boolean {
  return access === 'everyone' || user?.staff === true;
}

export function introspectionForbidden() {
  return ketenError(ErrorCode.FORBIDDEN, 'Introspection is only for intermediary staff. Partners find the schema in their typed client (client/).', {
    withHttpStatus: true,
  });
}

const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;

/** A validation or coercion message without its "Did you mean …?" hint. */
export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}
