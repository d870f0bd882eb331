/**
 * After each supergraph load: which persisted operations (the manifest the partners' typed client is built from) no
 * longer validate against the API schema. The gateway still serves the supergraph: removing a field that clients no
 * longer ask for is how a schema change is finished (first add, then move the clients, then remove), and codegen
 * already refuses such a manifest at build time. But a client still sending such an operation now gets a validation
 * error, so it is logged as a warning naming the operations (names and hashes, never variables).
 */
import { type GraphQLSchema, Kind, parse, validate } from 'graphql';
import { type Logger } from 'pino';
import { type PersistedOperations } from '../persisted/manifest';

/** The manifest entries that do not validate against `schema`: each operation's name, or its hash when unnamed. */
export function invalidPersistedOperations(schema: GraphQLSchema, operations: PersistedOperations): string[] {
  const invalid: string[] = [];
  for (const [hash, text] of operations) {
    const document = parse(text);
    if (validate(schema, document).length === 0) continue;
    const named = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name);
    invalid.push(named?.kind === Kind.OPERATION_DEFINITION && named.name ? named.name.value : hash);
  }
  return invalid;
}

export function warnOnInvalidPersistedOperations(schema: GraphQLSchema, operations: PersistedOperations, log: Logger): void {
  const invalid = invalidPersistedOperations(schema, operations);
  if (invalid.length === 0) return;
  log.warn(
    { code: 'PERSISTED_OPERATIONS_INVALID', operations: invalid },
    'persisted operations no longer validate against the served supergraph; clients sending them get validation errors',
  );
}
