/**
 * A citizen's token (a `bsn` claim) serves one thing: the citizen's inquiry into what was disclosed about them.
 * It names the intermediary's portal as organisation, so without this limit it could act as that organisation
 * (list its cases, change them). Anything but a `disclosureInquiry` query is refused with FORBIDDEN before
 * planning; regie refuses citizens in its case operations as well.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { ErrorCode, INQUIRY_ACTIVITY, ketenError, resolvedOperation } from '../../../common';
import { type GatewayContext } from '../context';

const CITIZEN_FIELDS: ReadonlySet<string> = new Set(['disclosureInquiry', '__typename']);

export function citizenScopePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, schema }) {
          // Fail closed: an operation that cannot be judged is refused, whoever sends it.
          const resolved = resolvedOperation(operation, schema);
          if (contextValue.user.citizen === undefined) return;
          const inquiryOnly =
            contextValue.activity === INQUIRY_ACTIVITY &&
            resolved.operation === 'query' &&
            resolved.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CITIZEN_FIELDS.has(s.name.value));
          if (!inquiryOnly) {
            throw ketenError(ErrorCode.FORBIDDEN, `A citizen's token allows only the inquiry (disclosureInquiry, activity "${INQUIRY_ACTIVITY}").`, { withHttpStatus: true });
          }
        },
      };
    },
  };
}
