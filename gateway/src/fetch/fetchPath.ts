/**
 * What stands between the query plan and a subgraph's HTTP client (partnerDataSource.ts): concurrent `_entities`
 * fetches of one client request merged into one request, each representation sent once (entityFetchMerging.ts),
 * and at the intermediary, fetches that only echo client keys answered in the gateway (keyEcho.ts).
 */
import { type GraphQLDataSource } from '@apollo/gateway';
import { type GatewayContext } from '../context';
import { EntityFetchMerging } from './entityFetchMerging';
import { KeyEchoDataSource } from './keyEcho';

export function fetchPath(
  name: string,
  rolesSubgraph: string,
  transport: GraphQLDataSource<GatewayContext>,
): GraphQLDataSource<GatewayContext> {
  const merging = new EntityFetchMerging(transport);
  return name === rolesSubgraph ? new KeyEchoDataSource(merging, name) : merging;
}
