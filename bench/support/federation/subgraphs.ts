/** The public federation workload's four subgraphs as executable @apollo/subgraph schemas over the in-memory data. */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type GraphQLSchema } from 'graphql';
import { productByUpc, products, reviewById, reviewsByAuthor, reviewsByProduct, userById, users, type Review } from './data';
import { federationSdl, type FederationSubgraph } from './schemas';

interface UserRef {
  id: string;
}
interface ProductRef {
  upc: string;
  price?: number;
  weight?: number;
}

const RESOLVERS: Record<FederationSubgraph, GraphQLResolverMap<unknown>> = {
  accounts: {
    Query: {
      me: () => users[0],
      user: (_: unknown, { id }: UserRef) => userById.get(id),
      users: () => users,
    },
    User: { __resolveReference: ({ id }: UserRef) => userById.get(id) },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
    Product: { __resolveReference: ({ upc }: ProductRef) => productByUpc.get(upc) },
  },
  inventory: {
    Product: {
      __resolveReference: (reference: ProductRef) => reference,
      inStock: ({ upc }: ProductRef) => Number(upc) % 3 !== 0,
      // Free above 1000, else half a unit per 10 of weight (needs price and weight from products: @requires).
      shippingEstimate: ({ price = 0, weight = 0 }: ProductRef) => (price > 1_000 ? 0 : Math.round(weight * 0.05)),
    },
  },
  reviews: {
    Review: {
      __resolveReference: ({ id }: { id: string }) => reviewById.get(id),
      author: (review: Review) => ({ __typename: 'User', id: review.authorId, username: userById.get(review.authorId)?.username }),
      product: (review: Review) => ({ __typename: 'Product', upc: review.upc }),
    },
    User: {
      __resolveReference: (reference: UserRef) => reference,
      reviews: ({ id }: UserRef) => reviewsByAuthor.get(id) ?? [],
    },
    Product: {
      __resolveReference: (reference: ProductRef) => reference,
      reviews: ({ upc }: ProductRef) => reviewsByProduct.get(upc) ?? [],
    },
  },
};

export function federationSubgraphSchema(name: FederationSubgraph): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(federationSdl(name)), resolvers: RESOLVERS[name] });
}
