/**
 * Regie's own purpose check on case data, the second lock behind the gateway's. The schema declares the policy of a
 * client's cases on `Client.cases` (and of a case's history on `Case.history`); those fields are checked per field
 * like a partner's (common/policy/disclosurePipeline.ts, purpose part only: regie's case rules decide who sees a case).
 * Every other way to case data has no client to check and log it under until the case is read, so it is checked
 * here, against the same policy and with the same pure decision: `case(id)`, `myCases`, `pendingHandovers`, a `Case`
 * reference, the role lookups, and the case mutations (whose answer is the case).
 */
import { type DocumentNode } from 'graphql';
import { type DisclosurePolicy, ErrorCode, ketenError, readPolicies } from '../../../../common';
import { assertPurpose, decidePurpose } from '../../../../partner-kit';

/** The field whose policy governs case data. */
export const CASE_DATA_COORDINATE = 'Client.cases';

/** Read once at start-up; a schema without the policy is a configuration error, not an open door. */
export function casePolicyOf(typeDefs: DocumentNode): DisclosurePolicy {
  const policy = readPolicies(typeDefs).byField.get(CASE_DATA_COORDINATE);
  if (!policy)
    throw new Error(`regie's schema declares no @disclose on ${CASE_DATA_COORDINATE}, so case data would have no purpose binding`);
  return policy;
}

export interface CasePurpose {
  /** Reading case data (or roles: roles/roleLookup.ts) under `activity`: NOT_DISCLOSED with reason PURPOSE when the policy excludes it. */
  assertMayRead(activity: string, coordinate: string): void;
  /** Changing a case under `activity`: FORBIDDEN when the policy excludes it (cases are worked on for case work only). */
  assertMayChange(activity: string): void;
}

export function createCasePurpose(policy: DisclosurePolicy): CasePurpose {
  return {
    assertMayRead(activity, coordinate) {
      assertPurpose('regie', coordinate, policy, activity);
    },
    assertMayChange(activity) {
      if (decidePurpose(policy, activity).disclosed) return;
      throw ketenError(
        ErrorCode.FORBIDDEN,
        `Cases are opened and changed only under a case-work activity (${policy.for.join(', ')}), not "${activity}".`,
      );
    },
  };
}
