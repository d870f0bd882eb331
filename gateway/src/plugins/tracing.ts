/**
 * The request's phases as spans (gateway/src/tracing/requestSpans.ts), from Apollo Server's hooks: parsing,
 * validation, the checks (every plugin's `didResolveOperation`, which run together; this plugin comes before them),
 * then planning until the gateway has its plan, and execution; the request's span ends as the answer leaves.
 * Registered only when traces are exported; it records the operation's type, its name when the manifest has it
 * (a name is text the caller chooses: any other is `other`, as in the metrics) and the declared activity, never
 * its document or variables.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { errorCodeOf, errorCodesOf } from '../../../common';
import { type GatewayContext } from '../context';
import { operationLabel } from '../metrics/operationNames';

export function tracingPlugin(knownOperations: ReadonlySet<string>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const spans = contextValue.spans;
      if (!spans) return;
      return {
        async parsingDidStart() {
          spans.phase('parse');
          return async (error) => spans.endPhase(error ? ['GRAPHQL_PARSE_FAILED'] : []);
        },
        async validationDidStart() {
          spans.phase('validate');
          return async (errors) => spans.endPhase(errors?.length ? ['GRAPHQL_VALIDATION_FAILED'] : []);
        },
        async didResolveOperation({ operation, operationName }) {
          spans.describe({
            ...(operation ? { 'graphql.operation.type': operation.operation } : {}),
            'graphql.operation.name': operationLabel(knownOperations, operationName),
            'ketenregie.activity': contextValue.activity,
          });
          spans.phase('checks');
        },
        async responseForOperation() {
          spans.endPhase();
          return null;
        },
        async executionDidStart() {
          spans.phase('plan');
          return {
            async executionDidEnd(error) {
              spans.endPhase(error ? [errorCodeOf(error)] : []);
            },
          };
        },
        async willSendResponse({ response }) {
          spans.end(response.body.kind === 'single' ? errorCodesOf(response.body.singleResult.errors) : []);
        },
      };
    },
  };
}
