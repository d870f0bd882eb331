/**
 * Keeps the schema from those who may not see it (see ../introspection.ts): refuses an introspection operation with
 * FORBIDDEN before it is planned, and strips the "Did you mean …?" hints from the messages they receive, so a
 * partner cannot reconstruct the graph by guessing field names.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type GatewayContext } from '../context';
import { asksForIntrospection, introspectionForbidden, maySeeSchema, withoutSuggestion, type IntrospectionAccess } from '../introspection';

export function schemaVisibilityPlugin(access: IntrospectionAccess): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (maySeeSchema(contextValue.user, access)) return;
      return {
        async didResolveOperation({ document }) {
          if (asksForIntrospection(document)) throw introspectionForbidden();
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = result.errors.map((error) => ({ ...error, message: withoutSuggestion(error.message) }));
        },
      };
    },
  };
}
