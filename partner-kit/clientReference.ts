/** What every subgraph resolves a `Client` entity to: its key, the BSN. Sections are loaded from it. */
import { assertBsn } from '../common';

export interface ClientReference {
  bsn: string;
}

/**
 * Every subgraph's `Client.__resolveReference`. Asynchronous on purpose: an invalid BSN then fails only its own
 * entity (null at `_entities.<i>` with INVALID_BSN), not the whole batch of representations.
 */
export async function resolveClientReference(reference: { bsn: unknown }): Promise<ClientReference> {
  return { bsn: assertBsn(reference.bsn) };
}
