/** Reads of the intermediary's store. */
import { type Kysely, type Selectable } from 'kysely';
import { indexBy } from '../../../../common/loaders';
import { type PartnerKind } from '../../../../common/partners';
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

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('partner').select('oin').limit(1).executeTakeFirst()) === undefined;
}
