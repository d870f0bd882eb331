/**
 * The owning partner's decision, per client and field: the data leaves only when the declared activity is one the
 * policy allows and the requesting organisation owns the data or holds one of the policy's roles in an open case
 * of that client; for special-category data (health, criminal) that role must be confirmed by a second party
 * (staff, or whoever gave it with a confirmed role), as a role an organisation gave itself is only its own claim.
 * Otherwise NOT_DISCLOSED, and the value is not read at all. Decisions are pure once the roles are
 * known (decideDisclosure), so they are easy to test in a table. Regie, which shares no partner data and applies
 * its own case rules for who may see a case, takes the purpose part alone (decidePurpose, createPurposeChecker).
 */
import { DataCategory, type DisclosurePolicy, ErrorCode, ketenError, type Principal, WILDCARD_ROLE } from '../../common';

export type RefusalReason = 'PURPOSE' | 'NO_ROLE' | 'UNCONFIRMED_ROLE' | 'ROLES_UNAVAILABLE';

/** The roles the requesting organisation holds now for one client, and which of them a second party confirmed. */
export interface HeldRoles {
  roles: ReadonlySet<string>;
  confirmed: ReadonlySet<string>;
}

export const NO_ROLES: HeldRoles = { roles: new Set(), confirmed: new Set() };

/** The categories a self-given role does not unlock (the register's special categories). */
const NEEDS_CONFIRMED_ROLE: ReadonlySet<DataCategory> = new Set([DataCategory.SPECIAL_HEALTH, DataCategory.CRIMINAL]);

function holdsRole(policy: DisclosurePolicy, roles: ReadonlySet<string>): boolean {
  return policy.to.includes(WILDCARD_ROLE) ? roles.size > 0 : policy.to.some((role) => roles.has(role));
}
export type Decision = { disclosed: true } | { disclosed: false; reason: RefusalReason };

/** The purpose part: whether the declared processing activity is one the policy serves. */
export function decidePurpose(policy: DisclosurePolicy, activity: string): Decision {
  return policy.for.includes(activity) ? { disclosed: true } : { disclosed: false, reason: 'PURPOSE' };
}

export function decideDisclosure(policy: DisclosurePolicy, activity: string, isOwner: boolean, held: HeldRoles): Decision {
  const purpose = decidePurpose(policy, activity);
  if (!purpose.disclosed) return purpose;
  if (isOwner) return { disclosed: true };
  if (!holdsRole(policy, held.roles)) return { disclosed: false, reason: 'NO_ROLE' };
  if (NEEDS_CONFIRMED_ROLE.has(policy.category) && !holdsRole(policy, held.confirmed))
    return { disclosed: false, reason: 'UNCONFIRMED_ROLE' };
  return { disclosed: true };
}

export interface DisclosureChecker {
  /** Resolves when `coordinate` of the client `bsn` may be disclosed; throws NOT_DISCLOSED otherwise. */
  assertDisclosed(bsn: string, policy: DisclosurePolicy, coordinate: string): Promise<void>;
}

export interface DisclosureCheckerOptions {
  principal: Principal;
  ownerOin: string;
  partnerName: string;
  /** The roles of the requesting organisation per BSN (batched per request). */
  rolesOf: (bsn: string) => Promise<HeldRoles>;
}

function refusal(partner: string, coordinate: string, policy: DisclosurePolicy, reason: RefusalReason) {
  const why = {
    PURPOSE: `it may not be used for this processing activity (allowed: ${policy.for.join(', ')})`,
    NO_ROLE: `your organisation holds no role that may receive it (${policy.to.join(', ')}) in an open case of this client opened for this activity`,
    UNCONFIRMED_ROLE: `it is ${policy.category} data, and your organisation's role in this client's case is one it gave itself, not yet confirmed by a second party (the intermediary's staff)`,
    ROLES_UNAVAILABLE: "the roles in this client's cases could not be checked just now; try again",
  }[reason];
  return ketenError(ErrorCode.NOT_DISCLOSED, `${partner} did not disclose ${coordinate}: ${why}.`, { details: { reason } });
}

export function createDisclosureChecker(options: DisclosureCheckerOptions): DisclosureChecker {
  const isOwner = options.principal.org === options.ownerOin;
  return {
    async assertDisclosed(bsn, policy, coordinate) {
      let roles = NO_ROLES;
      // Roles are looked up only when they can change the answer.
      if (!isOwner && policy.for.includes(options.principal.activity)) {
        try {
          roles = await options.rolesOf(bsn);
        } catch {
          throw refusal(options.partnerName, coordinate, policy, 'ROLES_UNAVAILABLE');
        }
      }
      const decision = decideDisclosure(policy, options.principal.activity, isOwner, roles);
      if (!decision.disclosed) throw refusal(options.partnerName, coordinate, policy, decision.reason);
    },
  };
}

/** Throws NOT_DISCLOSED (reason PURPOSE) unless `activity` is one `policy` serves; for checks that have no client. */
export function assertPurpose(partnerName: string, coordinate: string, policy: DisclosurePolicy, activity: string): void {
  const decision = decidePurpose(policy, activity);
  if (!decision.disclosed) throw refusal(partnerName, coordinate, policy, decision.reason);
}

/** The purpose part alone, per field, for a subgraph whose own rules decide who sees its data (regie). */
export function createPurposeChecker(principal: Principal, partnerName: string): DisclosureChecker {
  return {
    async assertDisclosed(_bsn, policy, coordinate) {
      assertPurpose(partnerName, coordinate, policy, principal.activity);
    },
  };
}
