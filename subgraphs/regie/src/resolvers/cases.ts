/**
 * Resolvers of cases and roles: queries check who may see a case, mutations go through the case service. A case is
 * personal data of its client, so regie's processing log gets a record for the client of every case read (the way
 * in: `Query.case`, `Query.myCases`, `Query.pendingHandovers`, `Case` as an entity; `Client.cases` and
 * `Case.history` through the disclosure pipeline), refused (`REFUSED`) or not; of every mutation, named by its
 * coordinate (`Mutation.acceptHandover`) with its outcome (`DONE`, or `REFUSED_<code>`); and of every role lookup
 * (`ROLES_LOOKED_UP`). The citizen's inquiry shows who opened, changed or viewed a case about them.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, ketenError, type Principal } from '../../../../common';
import { type DisclosureRecorder } from '../../../../partner-kit';
import { type CasePurpose } from '../cases/casePurpose';
import { type CaseService } from '../cases/caseService';
import { organisationOf } from '../cases/organisation';
import { isInForce, isLeadRole, mayView, type Actor } from '../cases/rules';
import { forgetCase, type RegieLoaders } from '../loaders';
import { type RelationshipCheck } from '../cases/relationship';
import { type RoleLookup } from '../roles/roleLookup';
import { recordRoleLookup } from '../roles/roleLookupLog';
import { findCasesOfOrganisation, findPendingHandovers } from '../store/caseRepository';
import { type ChainCase } from '../store/models';
import { type Resolvers } from '../__generated__/resolvers-types';
import { decodeCursor, encodeCursor } from './cursor';
import { type Kysely } from 'kysely';
import { type RegieDatabase } from '../store/schema';

/** Lists are bounded, so no answer grows with what one party wrote (schema: `Client.cases`, `Case.history`). */
export const MAX_CASES_LISTED = 100;
export const MAX_EVENTS_LISTED = 500;

export interface CaseResolverDependencies {
  db: Kysely<RegieDatabase>;
  caseService: CaseService;
  casePurpose: CasePurpose;
  /** The one role lookup, shared with the partners' JSON route. */
  lookUpRoles: RoleLookup;
  /** Asks the opener's own subgraph whether it knows the client (cases/relationship.ts). */
  checkRelationship: RelationshipCheck;
  now: () => Date;
}

export function actorOf(principal: Principal): Actor {
  return { org: organisationOf(principal), user: principal.sub, staff: principal.staff, activity: principal.activity };
}

/** A case read by `coordinate`, recorded for its client as disclosed, or refused to an organisation without a role in it. */
async function visibleCase(
  chainCase: ChainCase | null,
  principal: Principal,
  loaders: RegieLoaders,
  recorder: DisclosureRecorder,
  coordinate: string,
): Promise<ChainCase | null> {
  if (!chainCase) return null;
  if (mayView(actorOf(principal), chainCase, await loaders.involvement.load(chainCase.id))) {
    recorder.disclosed(chainCase.bsn, coordinate);
    return chainCase;
  }
  recorder.refused(chainCase.bsn, coordinate);
  throw ketenError(ErrorCode.FORBIDDEN, 'Your organisation has no role in this case.');
}

/** The processing-log status of a mutation that failed: refused with its error code. */
function refusalOf(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return `REFUSED_${typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR}`;
}

/** What a mutation's resolver needs of the request. */
interface MutationRequest {
  principal: Principal;
  loaders: RegieLoaders;
  disclosures: { recorder: DisclosureRecorder };
}

/** The partner a case record names; every partner a record names is registered (foreign keys). */
export function partnerOf(loaders: RegieLoaders, oin: string) {
  return loaders.partner.load(oin).then((partner) => {
    if (!partner) throw new Error(`Case data refers to unregistered partner ${oin}`);
    return partner;
  });
}

export function createCaseResolvers({
  db,
  caseService,
  casePurpose,
  lookUpRoles,
  checkRelationship,
  now,
}: CaseResolverDependencies): Resolvers {
  /** The organisation reading case data: a citizen is refused first (FORBIDDEN), then an activity the case policy excludes. */
  function reader(principal: Principal, coordinate: string): string {
    const org = organisationOf(principal);
    casePurpose.assertMayRead(principal.activity, coordinate);
    return org;
  }

  /**
   * Runs a mutation and forgets what the request cached about the case, so the answer shows its new state. Records
   * it for the case's client (`subjectOf`: none for an unknown case) as `DONE` or `REFUSED_<code>`.
   */
  async function mutation(
    { principal, loaders, disclosures: { recorder } }: MutationRequest,
    coordinate: string,
    subjectOf: () => Promise<string | undefined>,
    run: (actor: Actor) => Promise<ChainCase>,
  ): Promise<ChainCase> {
    let changed: ChainCase;
    try {
      const actor = actorOf(principal);
      casePurpose.assertMayChange(actor.activity);
      changed = await run(actor);
    } catch (error) {
      const bsn = await subjectOf().catch(() => undefined);
      if (bsn !== undefined) {
        recorder.refused(bsn, coordinate);
        recorder.outcome(bsn, refusalOf(error));
      }
      throw error;
    }
    forgetCase(loaders, changed);
    recorder.disclosed(changed.bsn, coordinate);
    recorder.outcome(changed.bsn, 'DONE');
    return changed;
  }

  /** The client of the case a mutation names. */
  const clientOfCase = (loaders: RegieLoaders, caseId: string) => () => loaders.caseById.load(caseId).then((found) => found?.bsn);

  return {
    Query: {
      case: async (_root, { id }, { principal, loaders, disclosures }) => {
        reader(principal, 'Query.case');
        return visibleCase(await loaders.caseById.load(id), principal, loaders, disclosures.recorder, 'Query.case');
      },
      myCases: async (_root, { status, first, after }, { principal, disclosures }) => {
        const org = reader(principal, 'Query.myCases');
        const size = first ?? 20;
        if (size < 1 || size > 100) throw ketenError(ErrorCode.BAD_USER_INPUT, 'Ask for 1 to 100 cases per page (first).');
        const rows = await findCasesOfOrganisation(
          db,
          { org, status: status ?? null, first: size, after: after ? decodeCursor(after) : null },
          now(),
        );
        const nodes = rows.slice(0, size);
        for (const node of nodes) disclosures.recorder.disclosed(node.bsn, 'Query.myCases');
        const last = nodes[nodes.length - 1];
        return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null } };
      },
      pendingHandovers: async (_root, { first }, { principal, disclosures }) => {
        const org = reader(principal, 'Query.pendingHandovers');
        const size = first ?? 20;
        if (size < 1 || size > MAX_CASES_LISTED)
          throw ketenError(ErrorCode.BAD_USER_INPUT, `Ask for 1 to ${MAX_CASES_LISTED} handovers (first).`);
        const pending = await findPendingHandovers(db, { toOrg: principal.staff ? null : org, first: size }, now());
        for (const offered of pending) disclosures.recorder.disclosed(offered.bsn, 'Query.pendingHandovers');
        return pending;
      },
      rolesOf: async (_root, { org, bsns }, { principal, principalScope, disclosures }) => {
        const found = await lookUpRoles({ principal, scope: principalScope, org, bsns });
        recordRoleLookup(disclosures.recorder, bsns);
        return found;
      },
    },
    Mutation: {
      openCase: (_root, args, request) =>
        mutation(
          request,
          'Mutation.openCase',
          () => Promise.resolve(args.bsn),
          (actor) => caseService.openCase(actor, args, () => checkRelationship({ org: actor.org, bsn: args.bsn, ...request.received })),
        ),
      confirmRole: (_root, args, request) =>
        mutation(request, 'Mutation.confirmRole', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.confirmRole(actor, args),
        ),
      assignRole: (_root, args, request) =>
        mutation(request, 'Mutation.assignRole', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.assignRole(actor, args),
        ),
      revokeRole: (_root, args, request) =>
        mutation(request, 'Mutation.revokeRole', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.revokeRole(actor, args),
        ),
      proposeHandover: (_root, args, request) =>
        mutation(request, 'Mutation.proposeHandover', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.proposeHandover(actor, args),
        ),
      acceptHandover: (_root, args, request) =>
        mutation(request, 'Mutation.acceptHandover', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.acceptHandover(actor, args),
        ),
      rejectHandover: (_root, args, request) =>
        mutation(request, 'Mutation.rejectHandover', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.rejectHandover(actor, args),
        ),
      appointDirector: (_root, args, request) =>
        mutation(request, 'Mutation.appointDirector', clientOfCase(request.loaders, args.caseId), (actor) =>
          caseService.appointDirector(actor, args),
        ),
      closeCase: (_root, args, request) =>
        mutation(request, 'Mutation.closeCase', clientOfCase(request.loaders, args.caseId), (actor) => caseService.closeCase(actor, args)),
    },
    Client: {
      cases: async (client, _args, { principal, loaders }) => {
        const cases = await loaders.casesOfClient.load(client.bsn);
        if (principal.staff) return cases.slice(0, MAX_CASES_LISTED);
        const involved = await Promise.all(cases.map((c) => loaders.involvement.load(c.id)));
        return cases.filter((c, index) => involved[index] || c.pendingHandover?.toOrg === principal.org).slice(0, MAX_CASES_LISTED);
      },
    },
    Case: {
      __resolveReference: async (reference, { principal, loaders, disclosures }) => {
        reader(principal, 'Case');
        return visibleCase(await loaders.caseById.load(reference.id), principal, loaders, disclosures.recorder, 'Case');
      },
      client: (chainCase) => ({ bsn: chainCase.bsn }),
      openedBy: (chainCase, _args, { loaders }) => partnerOf(loaders, chainCase.openedByOrg),
      closedBy: (chainCase, _args, { loaders }) => (chainCase.closedByOrg ? partnerOf(loaders, chainCase.closedByOrg) : null),
      roles: async (chainCase, _args, { loaders }) =>
        (await loaders.activeAssignments.load(chainCase.id)).filter((a) => isInForce(a, now())),
      lead: async (chainCase, _args, { loaders }) =>
        (await loaders.activeAssignments.load(chainCase.id)).find((a) => isLeadRole(a.role) && isInForce(a, now())) ?? null,
      history: async (chainCase, _args, { loaders }) => (await loaders.events.load(chainCase.id)).slice(-MAX_EVENTS_LISTED),
      pendingHandover: (chainCase) => {
        const pending = chainCase.pendingHandover;
        return pending && pending.expiresAt > now().toISOString() ? pending : null;
      },
    },
    RoleAssignment: {
      organisation: (assignment, _args, { loaders }) => partnerOf(loaders, assignment.org),
      assignedBy: (assignment, _args, { loaders }) => partnerOf(loaders, assignment.assignedByOrg),
      confirmed: (assignment) => assignment.confirmation !== null,
      confirmedBy: (assignment, _args, { loaders }) => (assignment.confirmation ? partnerOf(loaders, assignment.confirmation.byOrg) : null),
      confirmedAt: (assignment) => assignment.confirmation?.at ?? null,
    },
    HandoverProposal: {
      to: (proposal, _args, { loaders }) => partnerOf(loaders, proposal.toOrg),
    },
    CaseEvent: {
      actor: (event, _args, { loaders }) => partnerOf(loaders, event.actorOrg),
      subject: (event, _args, { loaders }) => (event.subjectOrg ? partnerOf(loaders, event.subjectOrg) : null),
    },
  };
}
