/**
 * The operation names the gateway may use as a metrics label: those of the persisted-operations manifest (the typed
 * client's operations). An operation name is text the caller chooses; any other name is counted as `other`, so no
 * caller can grow the label set or put personal data into it.
 */
import { Kind, parse } from 'graphql';
import { type PersistedOperations } from '../persisted/manifest';

export const OTHER_OPERATION = 'other';
/** A request refused before it had a context (token, activity, persisted-only mode): its operation was never judged. */
export const UNADMITTED_OPERATION = 'unadmitted';

export function operationNamesOf(operations: PersistedOperations): ReadonlySet<string> {
  const names = new Set<string>();
  for (const document of operations.values()) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

export function operationLabel(known: ReadonlySet<string>, name: string | null | undefined): string {
  return name && known.has(name) ? name : OTHER_OPERATION;
}
