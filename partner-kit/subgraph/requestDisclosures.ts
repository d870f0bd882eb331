/**
 * The disclosure pipeline's state for one request (common/policy/disclosurePipeline.ts): the data-subject rule, the
 * processing log's recorder and the check that fits this subgraph: the owner's (purpose and roles, the roles asked
 * of regie in one batch) at a partner, the purpose part alone at regie, none where the plan checks nothing.
 */
import { DataSubjects } from '../policy/dataSubject';
import { createDisclosureChecker, createPurposeChecker, type DisclosureChecker, type HeldRoles } from '../policy/disclosureChecker';
import { type RequestDisclosures } from '../policy/disclosurePipeline';
import { type RolesCache } from '../policy/rolesCache';
import { createRolesLookup, type RolesLookupOptions } from '../policy/rolesLookup';
import { type Principal, type SigningKey, type TracedCall } from '../../common';
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

/** The role lookup is built on first use, so requests that touch no checked field cost nothing. */
function lazyRolesLookup(options: RolesLookupOptions): (bsn: string) => Promise<HeldRoles> {
  let lookup: ReturnType<typeof createRolesLookup> | undefined;
  return (bsn) => measureRoleWait((lookup ??= createRolesLookup(options)).load(bsn));
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
