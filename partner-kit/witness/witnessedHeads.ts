/**
 * The heads a witness has countersigned, in its own store (table `witnessed_log_head`): one row per log and size,
 * never changed or removed, so the witness can always say what it vouched for and when.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { type HeadAt, type WitnessedHead } from '../../common';

export function witnessedHeadMigrations(): Record<string, Migration> {
  return {
    '2026-12-01-03-witnessed-log-head': {
      async up(db) {
        await db.schema
          .createTable('witnessed_log_head')
          .addColumn('log', 'text', (c) => c.notNull())
          .addColumn('size', 'bigint', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('head_time', 'text', (c) => c.notNull())
          .addColumn('witnessed_at', 'text', (c) => c.notNull())
          .addColumn('countersignature', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('witnessed_log_head_pk', ['log', 'size'])
          .execute();
      },
    },
  };
}

export class WitnessedHeads {
  private constructor(private readonly db: Kysely<unknown>) {}

  static in<DB>(db: Kysely<DB>): WitnessedHeads {
    return new WitnessedHeads(db as unknown as Kysely<unknown>);
  }

  /** The longest head witnessed for `log`, if any. */
  async latest(log: string): Promise<HeadAt | undefined> {
    const result = await sql<{
      size: number | string;
      hash: string;
    }>`select size, hash from witnessed_log_head where log = ${log} order by size desc limit 1`.execute(this.db);
    const row = result.rows[0];
    return row && { size: Number(row.size), hash: row.hash };
  }

  /** Keeps a countersigned head; returns the hash kept at its size (another one, when a concurrent head won). */
  async keep(head: WitnessedHead, countersignature: string): Promise<string | undefined> {
    await sql`insert into witnessed_log_head (log, size, hash, head_time, witnessed_at, countersignature)
      values (${head.log}, ${head.size}, ${head.hash}, ${head.time}, ${head.witnessedAt}, ${countersignature})
      on conflict (log, size) do nothing`.execute(this.db);
    const kept = await sql<{ hash: string }>`select hash from witnessed_log_head where log = ${head.log} and size = ${head.size}`.execute(
      this.db,
    );
    return kept.rows[0]?.hash;
  }
}
