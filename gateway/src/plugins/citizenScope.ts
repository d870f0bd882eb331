/**
 * A citizen's token (a `bsn` claim) serves one thing: the citizen's inquiry into what was disclosed about them.
 * It names the intermediary's portal as organisation, so without this limit it could act as that organisation
 * (list its cases, change them). Anything but a `disclosureInquiry` query about the citizen's own BSN is refused
 * with FORBIDDEN (HTTP 403) before planning; regie refuses citizens in its case operations, and other BSNs in the
 * inquiry, as well.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { Kind, type FieldNode, type SelectionNode } from 'graphql';
import { ErrorCode, INQUIRY_ACTIVITY, ketenError, resolvedOperation } from '../../../common';
import { type GatewayContext } from '../context';

const CITIZEN_FIELDS: ReadonlySet<string> = new Set(['disclosureInquiry', '__typename']);

/** The BSN an inquiry field asks about, as written or from the request's variables; undefined when it cannot be told. */
function askedBsn(field: FieldNode, variables: Readonly<Record<string, unknown>>): unknown {
  const value = field.arguments?.find((argument) => argument.name.value === 'bsn')?.value;
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}

function isOwnInquiry(selection: SelectionNode, citizen: string, variables: Readonly<Record<string, unknown>>): boolean {
  if (selection.kind !== Kind.FIELD || !CITIZEN_FIELDS.has(selection.name.value)) return false;
  return selection.name.value !== 'disclosureInquiry' || askedBsn(selection, variables) === citizen;
}

export function citizenScopePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, schema, request }) {
          // Fail closed: an operation that cannot be judged is refused, whoever sends it.
          const resolved = resolvedOperation(operation, schema);
          const citizen = contextValue.user.citizen;
          if (citizen === undefined) return;
          const variables = request.variables ?? {};
          const inquiryOnly =
            contextValue.activity === INQUIRY_ACTIVITY &&
            resolved.operation === 'query' &&
            resolved.selectionSet.selections.every((selection) => isOwnInquiry(selection, citizen, variables));
          if (!inquiryOnly) {
            throw ketenError(
              ErrorCode.FORBIDDEN,
              `A citizen's token allows only the inquiry about the citizen's own BSN (disclosureInquiry, activity "${INQUIRY_ACTIVITY}").`,
              { withHttpStatus: true },
            );
          }
        },
      };
    },
  };
}
