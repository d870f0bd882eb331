/**
 * Keeps the schema from those who may not see it (the rules are ../introspection.ts's): refuses an introspection
 * operation with FORBIDDEN before it is planned, and strips the "Did you mean …?" hints from the messages they
 * receive, so a partner cannot reconstruct the graph by guessing field names. It judges the whole document, not
 * only the operation to run, so an unresolvable operationName hides no introspection.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type GatewayContext } from '../context';
import { withoutSuggestion, type SchemaVisibility } from '../introspection';

export function schemaVisibilityPlugin(visibility: SchemaVisibility): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (visibility.maySee(contextValue.user)) return;
      return {
        async didResolveOperation({ document }) {
          visibility.refuseDocument(contextValue.user, document);
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
