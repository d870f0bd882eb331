/**
 * Every partner keeps a register of the clients it knows (table `client`): a client's section of the dossier
 * exists at a partner exactly when the partner has the client here. The same table, migration and reads for all.
 */
import { type Kysely } from 'kysely';
import { type ClientReference } from '../clientReference';
import { indexBy } from '../loaders';

export interface ClientRegisterTable {
  bsn: string;
  registered_on: string;
}

export interface ClientRegisterDatabase {
  client: ClientRegisterTable;
}

/** The migration step that creates the register; other tables reference `client.bsn`. */
export async function createClientRegister(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client')
    .addColumn('bsn', 'varchar(9)', (c) => c.primaryKey())
    .addColumn('registered_on', 'varchar(10)', (c) => c.notNull())
    .execute();
}

/**
 * Kysely's database type is invariant, so a subgraph's `Kysely<GemeenteDatabase>` is not a
 * `Kysely<ClientRegisterDatabase>` to the compiler although it has that table; the constraint makes the view sound.
 */
function registerOf<DB extends ClientRegisterDatabase>(db: Kysely<DB>): Kysely<ClientRegisterDatabase> {
  return db as unknown as Kysely<ClientRegisterDatabase>;
}

/** The clients among `bsns` that this partner knows, in one query. */
export async function findKnownClients<DB extends ClientRegisterDatabase>(
  db: Kysely<DB>,
  bsns: readonly string[],
): Promise<Map<string, ClientReference>> {
  const rows = await registerOf(db).selectFrom('client').select('bsn').where('bsn', 'in', bsns).execute();
  return indexBy(rows, (row) => row.bsn);
}

export async function isClientRegisterEmpty<DB extends ClientRegisterDatabase>(db: Kysely<DB>): Promise<boolean> {
  return (await registerOf(db).selectFrom('client').select('bsn').limit(1).executeTakeFirst()) === undefined;
}
