/** Reads of the intermediary's store. */
import { type Kysely, type Selectable } from 'kysely';
import { indexBy } from '../../../../partner-kit';
import { type PartnerKind } from '../../../partners';
import { type Partner } from './models';
import { type PartnerTable, type RegieDatabase } from './schema';

type Db = Kysely<RegieDatabase>;

function toPartner(row: Selectable<PartnerTable>): Partner {
  return { oin: row.oin, name: row.name, kind: row.kind as PartnerKind, subgraph: row.subgraph };
}

export async function listPartners(db: Db): Promise<Partner[]> {
  const rows = await db.selectFrom('partner').selectAll().orderBy('name').execute();
  return rows.map(toPartner);
}

export async function findPartners(db: Db, oins: readonly string[]): Promise<Map<string, Partner>> {
  const rows = await db.selectFrom('partner').selectAll().where('oin', 'in', oins).execute();
  return indexBy(rows.map(toPartner), (partner) => partner.oin);
}

/** True when no case exists yet: the demo cases are seeded into an empty store only. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('chain_case').select('id').limit(1).executeTakeFirst()) === undefined;
}

/**
 * Registers the chain's partners, as configured: new ones are added, known ones updated. Partners are never
 * removed here, as cases and histories refer to them.
 */
export async function registerPartners(db: Db, partners: readonly Partner[], now = new Date()): Promise<void> {
  if (partners.length === 0) return;
  await db
    .insertInto('partner')
    .values(partners.map((p) => ({ oin: p.oin, name: p.name, kind: p.kind, subgraph: p.subgraph, registered_at: now.toISOString() })))
    .onConflict((oc) =>
      oc
        .column('oin')
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), kind: eb.ref('excluded.kind'), subgraph: eb.ref('excluded.subgraph') })),
    )
    .execute();
}
