/**
 * Resolvers of cases and roles: queries check who may see a case, mutations go through the case service. Every
 * opening and confirmation is recorded for the client in regie's processing log (`Mutation.openCase`,
 * `Mutation.confirmRole`), so the citizen's inquiry shows who opened a case about them, and who confirmed a role.
 */
import { ErrorCode, ketenError, type Principal } from '../../../../common';
import { type CasePurpose } from '../cases/casePurpose';
import { type CaseService } from '../cases/caseService';
import { organisationOf } from '../cases/organisation';
import { isInForce, isLeadRole, mayView, type Actor } from '../cases/rules';
import { forgetCase, type RegieLoaders } from '../loaders';
import { type RelationshipCheck } from '../cases/relationship';
import { type RoleLookup } from '../roles/roleLookup';
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

async function visibleCase(chainCase: ChainCase | null, principal: Principal, loaders: RegieLoaders): Promise<ChainCase | null> {
  if (!chainCase) return null;
  if (mayView(actorOf(principal), chainCase, await loaders.involvement.load(chainCase.id))) return chainCase;
  throw ketenError(ErrorCode.FORBIDDEN, 'Your organisation has no role in this case.');
}

/** The partner a case record names; every partner a record names is registered (foreign keys). */
export function partnerOf(loaders: RegieLoaders, oin: string) {
  return loaders.partner.load(oin).then((partner) => {
    if (!partner) throw new Error(`Case data refers to unregistered partner ${oin}`);
    return partner;
  });
}

export function createCaseResolvers({ db, caseService, casePurpose, lookUpRoles, checkRelationship, now }: CaseResolverDependencies): Resolvers {
  /** The organisation reading case data: a citizen is refused first (FORBIDDEN), then an activity the case policy excludes. */
  function reader(principal: Principal, coordinate: string): string {
    const org = organisationOf(principal);
    casePurpose.assertMayRead(principal.activity, coordinate);
    return org;
  }

  /** Runs a mutation and forgets what the request cached about the case, so the answer shows its new state. */
  async function mutation(principal: Principal, loaders: RegieLoaders, run: (actor: Actor) => Promise<ChainCase>): Promise<ChainCase> {
    const actor = actorOf(principal);
    casePurpose.assertMayChange(actor.activity);
    const changed = await run(actor);
    forgetCase(loaders, changed);
    return changed;
  }

  return {
    Query: {
      case: async (_root, { id }, { principal, loaders }) => {
        reader(principal, 'Query.case');
        return visibleCase(await loaders.caseById.load(id), principal, loaders);
      },
      myCases: async (_root, { status, first, after }, { principal }) => {
        const org = reader(principal, 'Query.myCases');
        const size = first ?? 20;
        if (size < 1 || size > 100) throw ketenError(ErrorCode.BAD_USER_INPUT, 'Ask for 1 to 100 cases per page (first).');
        const rows = await findCasesOfOrganisation(db, { org, status: status ?? null, first: size, after: after ? decodeCursor(after) : null }, now());
        const nodes = rows.slice(0, size);
        const last = nodes[nodes.length - 1];
        return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null } };
      },
      pendingHandovers: async (_root, { first }, { principal }) => {
        const org = reader(principal, 'Query.pendingHandovers');
        const size = first ?? 20;
        if (size < 1 || size > MAX_CASES_LISTED) throw ketenError(ErrorCode.BAD_USER_INPUT, `Ask for 1 to ${MAX_CASES_LISTED} handovers (first).`);
        return findPendingHandovers(db, { toOrg: principal.staff ? null : org, first: size }, now());
      },
      rolesOf: (_root, { org, bsns }, { principal, principalScope }) => lookUpRoles({ principal, scope: principalScope, org, bsns }),
    },
    Mutation: {
      openCase: async (_root, args, { principal, loaders, received, disclosures }) => {
        const opened = await mutation(principal, loaders, (actor) =>
          caseService.openCase(actor, args, () => checkRelationship({ org: actor.org, bsn: args.bsn, ...received })),
        );
        disclosures.recorder.disclosed(opened.bsn, 'Mutation.openCase');
        return opened;
      },
      confirmRole: async (_root, args, { principal, loaders, disclosures }) => {
        const confirmed = await mutation(principal, loaders, (actor) => caseService.confirmRole(actor, args));
        disclosures.recorder.disclosed(confirmed.bsn, 'Mutation.confirmRole');
        return confirmed;
      },
      assignRole: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.assignRole(actor, args)),
      revokeRole: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.revokeRole(actor, args)),
      proposeHandover: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.proposeHandover(actor, args)),
      acceptHandover: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.acceptHandover(actor, args)),
      rejectHandover: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.rejectHandover(actor, args)),
      appointDirector: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.appointDirector(actor, args)),
      closeCase: (_root, args, { principal, loaders }) => mutation(principal, loaders, (actor) => caseService.closeCase(actor, args)),
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
      __resolveReference: async (reference, { principal, loaders }) => {
        reader(principal, 'Case');
        return visibleCase(await loaders.caseById.load(reference.id), principal, loaders);
      },
      client: (chainCase) => ({ bsn: chainCase.bsn }),
      openedBy: (chainCase, _args, { loaders }) => partnerOf(loaders, chainCase.openedByOrg),
      closedBy: (chainCase, _args, { loaders }) => (chainCase.closedByOrg ? partnerOf(loaders, chainCase.closedByOrg) : null),
      roles: async (chainCase, _args, { loaders }) => (await loaders.activeAssignments.load(chainCase.id)).filter((a) => isInForce(a, now())),
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
