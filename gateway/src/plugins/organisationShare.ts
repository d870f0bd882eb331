/**
 * Holds each operation to its organisation's share of the gateway (../organisationShare.ts): once the operation and
 * its estimated cost are known, it waits for a place (or is refused with 429), and gives the place back when its
 * answer is sent, also when it was refused by another check while it waited.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { operationCost, type OperationLimits } from '../../../common';
import { type GatewayContext } from '../context';
import { type OrganisationShare, type Release } from '../organisationShare';

export function organisationSharePlugin(share: OrganisationShare, limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let place: Promise<Release> | undefined;
      return {
        async didResolveOperation(requestContext) {
          place = share.acquire(requestContext.contextValue.user.org, operationCost(requestContext, limits));
          await place;
        },
        async willSendResponse() {
          // A place granted after the answer went out (another check refused meanwhile) is given back at once.
          place?.then(
            (release) => release(),
            () => undefined,
          );
        },
      };
    },
  };
}
