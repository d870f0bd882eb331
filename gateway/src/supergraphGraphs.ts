/**
 * What the gateway learns about the subgraphs from the supergraph, so that it needs no list of partners of its own:
 * each subgraph's name and URL (`join__Graph`), and which subgraph answers role lookups (the one that resolves
 * `Query.rolesOf`, the intermediary's in the registry).
 */
import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';

export interface SupergraphSubgraph {
  name: string;
  url: string;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

function graphsByEnumValue(document: DocumentNode): Map<string, SupergraphSubgraph> {
  const graphs = new Map<string, SupergraphSubgraph>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = directive && stringArgument(directive, 'name');
      if (directive && name) graphs.set(value.name.value, { name, url: stringArgument(directive, 'url') ?? '' });
    }
  }
  return graphs;
}

/** The subgraphs the supergraph composes, in its order. */
export function supergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  return [...graphsByEnumValue(parse(supergraphSdl)).values()];
}

/** The subgraph that resolves `Query.rolesOf`: where the partners look up roles. */
export function rolesSubgraphOf(supergraphSdl: string): string {
  const document = parse(supergraphSdl);
  const graphs = graphsByEnumValue(document);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Query') continue;
    const rolesOf = definition.fields?.find((f) => f.name.value === 'rolesOf');
    const joined = rolesOf?.directives?.find((d) => d.name.value === 'join__field');
    const graph = joined?.arguments?.find((a) => a.name.value === 'graph')?.value;
    const subgraph = graph?.kind === Kind.ENUM ? graphs.get(graph.value) : undefined;
    if (subgraph) return subgraph.name;
  }
  throw new Error('The supergraph has no subgraph that resolves Query.rolesOf; set ROLES_SUBGRAPH');
}
