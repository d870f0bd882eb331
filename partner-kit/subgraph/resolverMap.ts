/** The resolver map type @apollo/subgraph takes (it does not export it from its entry point). */
export type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
