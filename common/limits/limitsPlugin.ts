/**
 * Refuses, before anything is planned or resolved, an operation that exceeds the limits (operationLimits.ts), with
 * OPERATION_TOO_COMPLEX (HTTP 400) and the limit in `extensions.reason`. The shape is judged once per parsed
 * document; the cost on every request, because variables (`first: $n`, a list of BSNs) change it. Used by the
 * gateway and by every subgraph, so each defends itself.
 */
import { type ApolloServerPlugin, type GraphQLRequest, type GraphQLRequestContext } from '@apollo/server';
import { type DocumentNode } from 'graphql';
import { resolvedOperation } from '../resolvedOperation';
import { estimateCost } from './estimateCost';
import { operationTooComplex, type LimitViolation } from './limitReason';
import { type OperationLimits } from './operationLimits';
import { shapeLimitRules, shapeLimitViolation } from './shapeLimits';

// One estimate per request, whoever asks first (the limits, the gateway's per-organisation share).
const costs = new WeakMap<GraphQLRequest, number>();

/** The estimated cost of the request's operation (see estimateCost.ts); refuses an operation it cannot resolve. */
export function operationCost(requestContext: GraphQLRequestContext<object>, limits: OperationLimits): number {
  const { schema, document, operation, request } = requestContext;
  let cost = costs.get(request);
  if (cost === undefined) {
    if (!document) throw new Error('No parsed document to estimate; refusing the operation');
    const resolved = resolvedOperation(operation, schema);
    costs.set(
      request,
      (cost = estimateCost(schema, document, resolved, request.variables ?? {}, {
        defaultListSize: limits.defaultListSize,
        ceiling: limits.maxCost,
      })),
    );
  }
  return cost;
}

export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const rules = shapeLimitRules(limits);
  // Parsed documents are reused for repeated operations (and replaced with the schema), so this stays small.
  const shapeVerdicts = new WeakMap<DocumentNode, LimitViolation | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { schema, document, operation } = requestContext;
          resolvedOperation(operation, schema);
          let shape = shapeVerdicts.get(document);
          if (shape === undefined) shapeVerdicts.set(document, (shape = shapeLimitViolation(schema, document, rules) ?? null));
          if (shape) throw operationTooComplex(shape);
          if (operationCost(requestContext, limits) > limits.maxCost)
            throw operationTooComplex({ reason: 'COST', message: `Estimated cost limit of ${limits.maxCost} exceeded.` });
        },
      };
    },
  };
}
