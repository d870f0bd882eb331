/**
 * A request that came with a role-lookup principal (see common/principal.ts) may ask regie's `rolesOf` and nothing
 * else: a partner that passes that principal on cannot use it to read or change cases.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { ErrorCode, ketenError } from '../../common';

export interface ScopedContext {
  principalScope: 'full' | 'roles';
}

export function rolesOnlyScopePlugin(): ApolloServerPlugin<ScopedContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.principalScope !== 'roles') return;
          const onlyRolesOf =
            operation?.operation === 'query' &&
            operation.selectionSet.selections.every(
              (s) => s.kind === Kind.FIELD && (s.name.value === 'rolesOf' || s.name.value === '__typename'),
            );
          if (!onlyRolesOf) {
            throw ketenError(ErrorCode.FORBIDDEN, 'This principal allows the role lookup (rolesOf) only.', { withHttpStatus: true });
          }
        },
      };
    },
  };
}
