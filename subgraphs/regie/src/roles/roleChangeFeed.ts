/**
 * Regie's role changes as an ordered feed in its own store, so every regie replica sees every change, whichever
 * replica (or seed, or migration) wrote it. The store writes the feed itself: triggers on `role_assignment` (a role
 * given, ended or changed) and `role_confirmation` add one row per change naming the organisation whose roles
 * changed, the case's activity and the client's BSN — the key of a role lookup's answer. Closing a case ends its
 * roles, so it is in the feed too; a role that runs out at `validUntil` is not (the partners' cache keeps an entry
 * no longer than its earliest `validUntil`).
 *
 * Reading in commit order: on SQLite one writer commits at a time, so row ids are in commit order. On PostgreSQL a
 * transaction may take a lower id and commit later than one with a higher id; so each row records its transaction id
 * (`xid8`), and a reader takes only rows of transactions older than every transaction still running
 * (`pg_snapshot_xmin`), in (transaction, id) order: such rows will never be joined by an earlier one.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../../../../common';

/** One change: the organisation whose roles changed for a client's cases opened for an activity. */
export interface RoleChange {
  org: string;
  activity: string;
  bsn: string;
}

/** Where a reader stands in the feed: the last row read (and, on PostgreSQL, its transaction). */
export interface FeedPosition {
  tx: string;
  id: string;
}

export interface RoleChangeFeed {
  /** The position after every change committed now: a new reader starts there. */
  head(): Promise<FeedPosition>;
  /**
   * The changes committed after `after`, in commit order, at most `limit`, with the position after the last and the
   * horizon of what was read: every transaction below it had ended (null on SQLite: every committed change is read),
   * and the read's mark (as `mark()`, from the same snapshot).
   */
  after(
    after: FeedPosition,
    limit: number,
  ): Promise<{ changes: RoleChange[]; position: FeedPosition; horizon: bigint | null; mark: bigint | null }>;
  /** Every transaction begun until now is below this mark (null on SQLite): a read whose horizon reaches it saw them all. */
  mark(): Promise<bigint | null>;
  /**
   * Deletes the changes every reader is past: with an id up to `id`, which the caller read a while ago, and (on
   * PostgreSQL) of a transaction below `horizon`, so a change committed later with a lower id stays.
   */
  prune(id: string, horizon: bigint | null): Promise<void>;
}

const START: FeedPosition = { tx: '0', id: '0' };

interface FeedRow extends RoleChange {
  tx: string;
  id: string;
  /** PostgreSQL: the snapshot's xmin and xmax, the same on every row of a read. */
  horizon?: string;
  mark?: string;
}

export function roleChangeFeed(db: Kysely<unknown>): RoleChangeFeed {
  const postgres = isPostgres(db);
  const positionOf = (rows: FeedRow[], fallback: FeedPosition): FeedPosition => {
    const last = rows.at(-1);
    return last ? { tx: last.tx, id: last.id } : fallback;
  };
  return {
    async head() {
      const { rows } = postgres
        ? await sql<FeedRow>`select tx::text as tx, id::text as id, org, activity, bsn from role_change
            where tx < pg_snapshot_xmin(pg_current_snapshot()) order by tx desc, id desc limit 1`.execute(db)
        : await sql<FeedRow>`select '0' as tx, cast(id as text) as id, org, activity, bsn from role_change order by id desc limit 1`.execute(
            db,
          );
      return positionOf(rows, START);
    },
    async after(position, limit) {
      if (!postgres) {
        const { rows } = await sql<FeedRow>`select '0' as tx, cast(id as text) as id, org, activity, bsn from role_change
          where id > ${Number(position.id)} order by id limit ${limit}`.execute(db);
        return {
          changes: rows.map(({ org, activity, bsn }) => ({ org, activity, bsn })),
          position: positionOf(rows, position),
          horizon: null,
          mark: null,
        };
      }
      // One snapshot for the rows and the horizon; without rows, the horizon alone (a right join on one row).
      const { rows } = await sql<FeedRow>`with s as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin,
          pg_snapshot_xmax(pg_current_snapshot()) as xmax)
        select f.tx::text as tx, f.id::text as id, f.org, f.activity, f.bsn, s.xmin::text as horizon, s.xmax::text as mark
        from (select * from role_change, s where tx < s.xmin and (tx, id) > (${position.tx}::xid8, ${position.id}::bigint)
              order by tx, id limit ${limit}) f right join s on true order by f.tx, f.id`.execute(db);
      const changes = rows.filter((row) => row.id !== null);
      return {
        changes: changes.map(({ org, activity, bsn }) => ({ org, activity, bsn })),
        position: positionOf(changes, position),
        horizon: BigInt(rows[0]?.horizon ?? '0'),
        mark: BigInt(rows[0]?.mark ?? '0'),
      };
    },
    async mark() {
      if (!postgres) return null;
      const { rows } = await sql<{ xmax: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(db);
      return BigInt(rows[0]?.xmax ?? '0');
    },
    async prune(id, horizon) {
      if (postgres) {
        await sql`delete from role_change where id <= ${id}::bigint and tx < ${String(horizon ?? 0)}::xid8`.execute(db);
      } else await sql`delete from role_change where id <= ${Number(id)}`.execute(db);
    },
  };
}

/** The feed's table and triggers, on both dialects. */
/** Named after every migration of regie's store before it: Kysely refuses one that sorts before one already run. */
export const roleChangeMigrations: Record<string, Migration> = {
  '2026-12-02-01-role-change-feed': {
    async up(db: Kysely<unknown>) {
      if (isPostgres(db)) {
        await sql`create table role_change (
          id bigserial primary key, tx xid8 not null default pg_current_xact_id(),
          org varchar(20) not null, activity varchar(64) not null, bsn varchar(9) not null)`.execute(db);
        await sql`create index role_change_order on role_change (tx, id)`.execute(db);
        await sql`create function note_role_change() returns trigger language plpgsql as $$
          begin
            if tg_table_name = 'role_assignment' then
              insert into role_change (org, activity, bsn) select new.org, c.activity, c.bsn from chain_case c where c.id = new.case_id;
            else
              insert into role_change (org, activity, bsn) select new.org, c.activity, c.bsn
                from role_assignment r join chain_case c on c.id = r.case_id where r.id = new.assignment_id;
            end if;
            return new;
          end $$`.execute(db);
        await sql`create trigger role_assignment_change after insert or update of ended_at, valid_until, org, role on role_assignment
          for each row execute function note_role_change()`.execute(db);
        await sql`create trigger role_confirmation_change after insert on role_confirmation
          for each row execute function note_role_change()`.execute(db);
        return;
      }
      await sql`create table role_change (id integer primary key autoincrement,
        org varchar(20) not null, activity varchar(64) not null, bsn varchar(9) not null)`.execute(db);
      const fromAssignment = sql`insert into role_change (org, activity, bsn) select new.org, c.activity, c.bsn from chain_case c where c.id = new.case_id;`;
      await sql`create trigger role_assignment_change_insert after insert on role_assignment begin ${fromAssignment} end`.execute(db);
      await sql`create trigger role_assignment_change_update after update of ended_at, valid_until, org, role on role_assignment
        begin ${fromAssignment} end`.execute(db);
      await sql`create trigger role_confirmation_change after insert on role_confirmation begin
        insert into role_change (org, activity, bsn) select new.org, c.activity, c.bsn
          from role_assignment r join chain_case c on c.id = r.case_id where r.id = new.assignment_id;
        end`.execute(db);
    },
  },
};
