/**
 * GraphiQL works out a tab's operation name a moment after the tab's text changes; a run started right after
 * switching tabs still carries the previous tab's name, which the gateway cannot find in the new text. The name is
 * sent only when it names an operation of the text being sent.
 */
import { Kind, parse } from 'graphql';

function operationNames(query: string): string[] {
  try {
    return parse(query).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    );
  } catch {
    return [];
  }
}

/** The request's operation name if the query defines it; otherwise none, so a single operation simply runs. */
export function currentOperationName(query: string, operationName: string | null | undefined): string | undefined {
  return operationName && operationNames(query).includes(operationName) ? operationName : undefined;
}
