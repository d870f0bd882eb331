/** Registers the demo chain's partners (common/partners.ts). Clients are not stored here: `Client` is only a key. */
import { type Kysely } from 'kysely';
import { DEMO_PARTNERS } from '../../../../common/partners';
import { type RegieDatabase } from './schema';

export async function seedRegie(db: Kysely<RegieDatabase>, _clientCount: number): Promise<void> {
  const registeredAt = new Date().toISOString();
  await db
    .insertInto('partner')
    .values(DEMO_PARTNERS.map((p) => ({ oin: p.oin, name: p.name, kind: p.kind, subgraph: p.subgraph, registered_at: registeredAt })))
    .execute();
}
