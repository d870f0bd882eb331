/** Which types of a schema are entities: read at start-up (the disclosure pipeline) and by the policy lint. */
import { Kind, type DocumentNode } from 'graphql';

/** Types with a @key in a subgraph's SDL (or a @join__type with a key, in the supergraph). */
export function entityTypes(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const definition of document.definitions) {
    const keyed = (d: { name: { value: string }; arguments?: readonly { name: { value: string } }[] }) =>
      d.name.value === 'key' || (d.name.value === 'join__type' && (d.arguments ?? []).some((a) => a.name.value === 'key'));
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.directives?.some(keyed)
    ) {
      names.add(definition.name.value);
    }
  }
  return names;
}
