/** A small subgraph schema for the disclosure pipeline's tests: a client section, nested policies, an entity. */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { type GraphQLResolverMap } from '../../../subgraph/resolverMap';
import { discloseSpecSdl } from '../../../../common';

export const PLAN_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@composeDirective"])
    @link(url: "https://specs.ketenregie.nl/disclose/v1.0", import: ["@disclose"]) @composeDirective(name: "@disclose")
  type Query { ping: String }
  type Client @key(fields: "bsn") { bsn: String! section: Section @disclose(to: [ANY_ROLE], for: ["a"], category: ORDINARY) }
  type Section { items: [Item!] notes: [Note!] }
  type Item @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { amount: Int health: String @disclose(to: [DIRECTOR], for: ["a"], category: SPECIAL_HEALTH) }
  type Note @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { text: String }
  type Letter @key(fields: "id") @disclose(to: [MAIN_CONTRACTOR], for: ["a"], category: FINANCIAL) { id: ID! body: String }
  ${discloseSpecSdl()}`;

export const planTypeDefs = parse(PLAN_SDL);

export function planSchema(resolvers: GraphQLResolverMap<unknown> = {}) {
  return buildSubgraphSchema({ typeDefs: planTypeDefs, resolvers });
}
