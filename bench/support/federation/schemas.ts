/**
 * The public federation workload's four subgraph schemas, in the shape of the federation gateways benchmark:
 * accounts (users), products (top products), inventory (stock and a shipping estimate that @requires price and
 * weight) and reviews (reviews of products by users, @provides the author's username). Fictitious data, no
 * citizens; users and their reviews are treated as personal data all the same, so they carry a sharing policy
 * (@disclose) for the workload's one processing activity, and the gateway's purpose check has work to do.
 */
import { discloseSpecSdl } from '../../../common';

/** The processing activity under which the workload is asked (register.json next to this file). */
export const FEDERATION_ACTIVITY = 'federatie-benchmark';

const POLICY = `@disclose(to: [ANY_ROLE], for: ["${FEDERATION_ACTIVITY}"], category: ORDINARY)`;

const LINKS = (imports: string[], disclose: boolean) => `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.5", import: [${imports.map((name) => `"${name}"`).join(', ')}])
  ${disclose ? '@link(url: "https://specs.ketenregie.nl/disclose/v1.0", import: ["@disclose"]) @composeDirective(name: "@disclose")' : ''}
`;

const ACCOUNTS = `${LINKS(['@key', '@shareable', '@composeDirective'], true)}
type Query {
  me: User
  user(id: ID!): User
  users: [User]
}

type User @key(fields: "id") ${POLICY} {
  id: ID!
  name: String
  username: String @shareable
  birthday: Int
}
`;

const PRODUCTS = `${LINKS(['@key'], false)}
type Query {
  topProducts(first: Int = 5): [Product]
}

type Product @key(fields: "upc") {
  upc: String!
  name: String
  price: Int
  weight: Int
}
`;

const INVENTORY = `${LINKS(['@key', '@external', '@requires'], false)}
type Product @key(fields: "upc") {
  upc: String!
  weight: Int @external
  price: Int @external
  inStock: Boolean
  shippingEstimate: Int @requires(fields: "price weight")
}
`;

const REVIEWS = `${LINKS(['@key', '@external', '@provides', '@composeDirective'], true)}
type Review @key(fields: "id") ${POLICY} {
  id: ID!
  body: String
  author: User @provides(fields: "username")
  product: Product
}

type User @key(fields: "id") ${POLICY} {
  id: ID!
  username: String @external
  reviews: [Review]
}

type Product @key(fields: "upc") {
  upc: String!
  reviews: [Review]
}
`;

export const FEDERATION_SUBGRAPHS = ['accounts', 'inventory', 'products', 'reviews'] as const;
export type FederationSubgraph = (typeof FEDERATION_SUBGRAPHS)[number];

/** Each subgraph's SDL, with the @disclose spec where it declares policies. */
export function federationSdl(name: FederationSubgraph): string {
  const sdl = { accounts: ACCOUNTS, products: PRODUCTS, inventory: INVENTORY, reviews: REVIEWS }[name];
  return sdl.includes('@composeDirective(name: "@disclose")') ? `${sdl}\n${discloseSpecSdl()}` : sdl;
}
