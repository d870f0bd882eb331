/**
 * Bulk creation of open cases with their roles and opening event, straight into the store: for demo data,
 * benchmarks and test fixtures. Application code opens cases through the case service instead. Seeded roles count
 * as set up by the intermediary's staff: each is confirmed by the intermediary (`confirmedBy`, a registered OIN).
 */
import { randomUUID } from 'node:crypto';
import { type Kysely } from 'kysely';
import { inChunks } from '../../../../partner-kit';
import { demoPartnerBySubgraph, INTERMEDIARY_SUBGRAPH } from '../../../partners';
import { LEAD_ROLE } from '../cases/rules';
import { newCaseRow } from './caseRepository';
import { type CaseRole, type CoordinationModel } from './models';
import { type RegieDatabase } from './schema';

export interface SeedCase {
  bsn: string;
  model: CoordinationModel;
  /** The organisation holding the model's lead role (and opening the case). */
  lead: string;
  others?: Array<{ org: string; role: CaseRole }>;
  activity?: string;
}

export async function seedCases(
  db: Kysely<RegieDatabase>,
  cases: readonly SeedCase[],
  at = new Date().toISOString(),
  confirmedBy = demoPartnerBySubgraph(INTERMEDIARY_SUBGRAPH).oin,
): Promise<string[]> {
  const rows = cases.map((c) => ({ ...c, id: randomUUID() }));
  const assignment = (caseId: string, model: CoordinationModel, org: string, role: CaseRole, by: string) => ({
    id: randomUUID(),
    case_id: caseId,
    model,
    org,
    role,
    is_lead: role === LEAD_ROLE[model] ? 1 : 0,
    valid_from: at,
    valid_until: null,
    assigned_by_org: by,
    assigned_by_user: 'seed',
    reason: 'seeded',
    ended_at: null,
    ended_by_org: null,
    end_reason: null,
  });
  await db.transaction().execute(async (trx) => {
    await inChunks(rows, 500, (chunk) =>
      trx
        .insertInto('chain_case')
        .values(
          chunk.map((c) =>
            newCaseRow({ id: c.id, bsn: c.bsn, model: c.model, activity: c.activity ?? 'ketencoordinatie', at, org: c.lead, user: 'seed' }),
          ),
        )
        .execute(),
    );
    const assignments = rows.flatMap((c) => [
      assignment(c.id, c.model, c.lead, LEAD_ROLE[c.model], c.lead),
      ...(c.others ?? []).map((o) => assignment(c.id, c.model, o.org, o.role, c.lead)),
    ]);
    await inChunks(assignments, 500, (chunk) => trx.insertInto('role_assignment').values(chunk).execute());
    const confirmations = assignments.map((a) => ({
      assignment_id: a.id,
      org: a.org,
      confirmed_by_org: confirmedBy,
      confirmed_by_user: 'seed',
      confirmed_by_staff: 1,
      confirmed_at: at,
      reason: 'seeded',
    }));
    await inChunks(confirmations, 500, (chunk) => trx.insertInto('role_confirmation').values(chunk).execute());
    await inChunks(rows, 500, (chunk) =>
      trx
        .insertInto('case_event')
        .values(
          chunk.map((c) => ({
            case_id: c.id,
            version: 1,
            kind: 'CASE_OPENED',
            at,
            actor_org: c.lead,
            actor_user: 'seed',
            subject_org: c.lead,
            role: LEAD_ROLE[c.model],
            reason: 'seeded',
          })),
        )
        .execute(),
    );
  });
  return rows.map((c) => c.id);
}
