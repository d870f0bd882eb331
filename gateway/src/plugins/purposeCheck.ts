/**
 * Purpose binding at the gateway, before planning: every field of the operation that carries a sharing policy
 * must allow the declared processing activity. Otherwise the operation is refused whole with PURPOSE_NOT_ALLOWED,
 * naming the paths, and no subgraph is asked. The policies come from the supergraph SDL: the API schema drops
 * the @disclose directive.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode, ketenError, type PolicySet, readPolicies, resolvedOperation } from '../../../common';
import { findRefusedFields, type RefusedField } from '../policy/refusedFields';
import { type GatewayContext } from '../context';

export function purposeCheckPlugin(): ApolloServerPlugin<GatewayContext> {
  let schema: GraphQLSchema | undefined;
  let policies: PolicySet | undefined;
  // The same document and activity always give the same answer: remember it (documents are reused by Apollo).
  let verdicts = new WeakMap<DocumentNode, Map<string, RefusedField[]>>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          schema = apiSchema;
          policies = coreSupergraphSdl ? readPolicies(parse(coreSupergraphSdl)) : undefined;
          verdicts = new WeakMap();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, contextValue, schema: requestSchema }) {
          // Fail closed: an operation that cannot be judged, or no supergraph policies to judge it by, is refused.
          const resolved = resolvedOperation(operation, requestSchema);
          if (!schema || !policies) throw new Error('Sharing policies are not loaded; refusing the operation');
          const activity = contextValue.activity;
          let byActivity = verdicts.get(document);
          if (!byActivity) verdicts.set(document, (byActivity = new Map()));
          const key = `${operationName ?? ''}\u0000${activity}`;
          let refused = byActivity.get(key);
          if (!refused) byActivity.set(key, (refused = findRefusedFields(schema, policies, document, resolved, activity)));
          if (refused.length === 0) return;
          const coordinates = [...new Set(refused.map((r) => r.coordinate))].join(', ');
          throw ketenError(
            ErrorCode.PURPOSE_NOT_ALLOWED,
            `The processing activity "${activity}" does not allow ${coordinates}. Ask only for what this purpose allows, or declare the activity that does.`,
            { details: { paths: refused.map((r) => r.path), activity }, withHttpStatus: true },
          );
        },
      };
    },
  };
}
