/**
 * The disclosure pipeline's state for one request (common/policy/disclosurePipeline.ts): the data-subject rule, the
 * processing log's recorder and the check that fits this subgraph: the owner's (purpose and roles, the roles asked
 * of regie in one batch) at a partner, the purpose part alone at regie, none where the plan checks nothing. The role
 * lookup ends before the gateway stops waiting for this subgraph (rolesLookupTimeoutMs), so a slow regie gives
 * ROLES_UNAVAILABLE answers in time instead of a partner that did not answer (which counts against its circuit).
 */
import { DataSubjects } from '../policy/dataSubject';
import { createDisclosureChecker, createPurposeChecker, type DisclosureChecker, type HeldRoles } from '../policy/disclosureChecker';
import { type RequestDisclosures } from '../policy/disclosurePipeline';
import { type RolesCache } from '../policy/rolesCache';
import { createRolesLookup, type RolesLookupOptions } from '../policy/rolesLookup';
import { type Principal, type SigningKey, type TracedCall, unverifiedExpiry } from '../../common';
import { DisclosureRecorder } from '../processingLog/disclosureRecorder';
import { measureRoleWait } from '../metrics/subgraphMetrics';

/** Who owns a partner subgraph's data, and where to ask for the requesting organisation's roles. */
export interface DisclosureOptions {
  ownerOin: string;
  partnerName: string;
  rolesUrl: string;
  /** This subgraph's name and signing key: it proves to regie that it presents the role-lookup principal itself. */
  prover: { subgraph: string; key: SigningKey };
  /** Follow regie's role-change stream and keep looked-up roles while it is live (ROLES_STREAM, on by default). */
  rolesStream?: boolean;
}

/** Which check a subgraph runs: the owner's, regie's purpose part, or none (a subgraph built without checks). */
export type CheckSetup =
  { kind: 'owner'; options: DisclosureOptions; rolesCache?: RolesCache } | { kind: 'purpose'; subgraphName: string } | { kind: 'none' };

export interface RequestIdentity {
  principal: Principal;
  /** The role-lookup principal that came with the request, passed on to regie unchanged. */
  rolesPrincipal: string | null;
  traceparent?: string;
  /** When traces are exported: a client span per call to regie (subgraphTracing.ts). */
  traceCall?: () => TracedCall;
}

/** The longest wait for regie's role lookup: also when the role-lookup principal names no (usable) expiry. */
export const MAX_ROLES_LOOKUP_MS = 5_000;
/** What the partner keeps of the gateway's wait for its own answer after the role lookup has ended. */
const ANSWER_MARGIN_MS = 250;
/** The principal's expiry is in whole seconds, rounded up from the gateway's wait: up to a second later than that. */
const EXPIRY_ROUNDING_MS = 1_000;

/** The `exp` (seconds) of a role-lookup principal, unchecked (regie checks it): only to bound the wait for regie. */
/**
 * How long to wait for regie: the gateway gives the role-lookup principal the lifetime of its own wait for this
 * subgraph (docs/identity.md), so the lookup ends before the gateway stops waiting, with time left to answer.
 * Never longer than MAX_ROLES_LOOKUP_MS, whatever the principal says; none left: the lookup fails at once.
 */
export function rolesLookupTimeoutMs(rolesPrincipal: string | null, now = Date.now()): number {
  const exp = rolesPrincipal === null ? undefined : unverifiedExpiry(rolesPrincipal);
  if (exp === undefined) return MAX_ROLES_LOOKUP_MS;
  return Math.min(MAX_ROLES_LOOKUP_MS, Math.max(0, exp * 1000 - now - EXPIRY_ROUNDING_MS - ANSWER_MARGIN_MS));
}

/**
 * The role lookup is built on first use, so requests that touch no checked field cost nothing; its wait for regie
 * is bounded from then (rolesLookupTimeoutMs).
 */
function lazyRolesLookup(options: Omit<RolesLookupOptions, 'timeoutMs'>): (bsn: string) => Promise<HeldRoles> {
  let lookup: ReturnType<typeof createRolesLookup> | undefined;
  return (bsn) =>
    measureRoleWait((lookup ??= createRolesLookup({ ...options, timeoutMs: rolesLookupTimeoutMs(options.signedPrincipal) })).load(bsn));
}

function checkerFor(setup: CheckSetup, { principal, rolesPrincipal, traceparent, traceCall }: RequestIdentity): DisclosureChecker | null {
  switch (setup.kind) {
    case 'owner': {
      const { ownerOin, partnerName, rolesUrl, prover } = setup.options;
      const rolesOf = lazyRolesLookup({
        rolesUrl,
        org: principal.org,
        activity: principal.activity,
        cache: setup.rolesCache,
        signedPrincipal: rolesPrincipal,
        prover,
        traceparent,
        traceCall,
      });
      return createDisclosureChecker({ principal, ownerOin, partnerName, rolesOf });
    }
    case 'purpose':
      return createPurposeChecker(principal, setup.subgraphName);
    case 'none':
      return null;
    default: {
      const unknown: never = setup;
      throw new Error(`Unknown check setup ${JSON.stringify(unknown)}`);
    }
  }
}

export function createRequestDisclosures(setup: CheckSetup, identity: RequestIdentity): RequestDisclosures {
  return { subjects: new DataSubjects(), checker: checkerFor(setup, identity), recorder: new DisclosureRecorder() };
}
