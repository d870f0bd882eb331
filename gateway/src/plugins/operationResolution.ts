/**
 * First of the gateway's checks before planning: the request must name one operation the schema serves (see
 * common/resolvedOperation.ts). Every later check judges that operation; none may be skipped because there was none.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { resolvedOperation } from '../../../common';

export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema }) {
          resolvedOperation(operation, schema);
        },
      };
    },
  };
}
