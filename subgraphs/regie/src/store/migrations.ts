/**
 * Migrations of the intermediary's store; they run at start-up, in name order, on SQLite and PostgreSQL alike.
 * The coordination invariants are constraints here, not only checks in code: one active lead per case, one active
 * role per organisation per case, only the roles of the case's model, and no change to a closed case. A role's
 * confirmation references its assignment and names who confirmed it and when; nobody but staff confirms their own.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../../../../common';

const MODEL_ROLES = sql`(
  (model = 'MAIN_CONTRACTOR' and role in ('MAIN_CONTRACTOR', 'SUBCONTRACTOR')) or
  (model = 'RELAY' and role = 'RELAY_HOLDER') or
  (model = 'DIRECTOR' and role in ('DIRECTOR', 'CONTRIBUTOR'))
)`;
const LEAD_FLAG = sql`(is_lead = case when role in ('MAIN_CONTRACTOR', 'RELAY_HOLDER', 'DIRECTOR') then 1 else 0 end)`;

/** Closed cases change no more (case, roles, history), and the history is append-only: on both dialects. */
async function closedCaseTriggers(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function refuse_closed_case_change() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'chain_case' then
          if old.status = 'CLOSED' then raise exception 'case % is closed and cannot change', old.id; end if;
          return new;
        end if;
        -- FOR SHARE: waits for a close in progress, so nothing slips into a case that is being closed.
        if (select status from chain_case where id = new.case_id for share) = 'CLOSED' then
          raise exception 'case % is closed and cannot change', new.case_id;
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger chain_case_closed before update on chain_case for each row execute function refuse_closed_case_change()`.execute(
      db,
    );
    await sql`create trigger role_assignment_closed before insert or update on role_assignment for each row execute function refuse_closed_case_change()`.execute(
      db,
    );
    await sql`create trigger case_event_closed before insert on case_event for each row execute function refuse_closed_case_change()`.execute(
      db,
    );
    await sql`create function refuse_history_change() returns trigger language plpgsql as $$
      begin raise exception 'the case history is append-only'; end $$`.execute(db);
    await sql`create trigger case_event_append_only before update or delete on case_event for each row execute function refuse_history_change()`.execute(
      db,
    );
    return;
  }
  await sql`create trigger chain_case_closed before update on chain_case when old.status = 'CLOSED'
    begin select raise(abort, 'case is closed and cannot change'); end`.execute(db);
  await sql`create trigger role_assignment_closed_insert before insert on role_assignment
    when (select status from chain_case where id = new.case_id) = 'CLOSED'
    begin select raise(abort, 'case is closed and cannot change'); end`.execute(db);
  await sql`create trigger role_assignment_closed_update before update on role_assignment
    when (select status from chain_case where id = new.case_id) = 'CLOSED'
    begin select raise(abort, 'case is closed and cannot change'); end`.execute(db);
  await sql`create trigger case_event_closed before insert on case_event
    when (select status from chain_case where id = new.case_id) = 'CLOSED'
    begin select raise(abort, 'case is closed and cannot change'); end`.execute(db);
  await sql`create trigger case_event_no_update before update on case_event
    begin select raise(abort, 'the case history is append-only'); end`.execute(db);
  await sql`create trigger case_event_no_delete before delete on case_event
    begin select raise(abort, 'the case history is append-only'); end`.execute(db);
}

export const migrations: Record<string, Migration> = {
  '2026-11-29-01-partners': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('partner')
        .addColumn('oin', 'varchar(20)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('subgraph', 'varchar(64)')
        .addColumn('registered_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
  '2026-11-29-02-cases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('chain_case')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('bsn', 'varchar(9)', (c) => c.notNull())
        .addColumn('model', 'varchar(16)', (c) => c.notNull().check(sql`model in ('MAIN_CONTRACTOR', 'RELAY', 'DIRECTOR')`))
        .addColumn('status', 'varchar(8)', (c) => c.notNull().check(sql`status in ('OPEN', 'CLOSED')`))
        .addColumn('activity', 'varchar(64)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('opened_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('opened_by_org', 'varchar(20)', (c) => c.notNull().references('partner.oin'))
        .addColumn('opened_by_user', 'varchar(200)', (c) => c.notNull())
        .addColumn('closed_at', 'varchar(32)')
        .addColumn('closed_by_org', 'varchar(20)', (c) => c.references('partner.oin'))
        .addColumn('closed_by_user', 'varchar(200)')
        .addColumn('handover_to_org', 'varchar(20)', (c) => c.references('partner.oin'))
        .addColumn('handover_proposed_at', 'varchar(32)')
        .addColumn('handover_expires_at', 'varchar(32)')
        .addColumn('handover_reason', 'text')
        .addUniqueConstraint('chain_case_id_model', ['id', 'model'])
        .addCheckConstraint('chain_case_closed_fields', sql`(status = 'CLOSED') = (closed_at is not null)`)
        .addCheckConstraint('chain_case_handover_only_in_relay', sql`handover_to_org is null or model = 'RELAY'`)
        .execute();
      await db.schema.createIndex('chain_case_bsn').on('chain_case').columns(['bsn', 'status']).execute();

      await db.schema
        .createTable('role_assignment')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('model', 'varchar(16)', (c) => c.notNull())
        .addColumn('org', 'varchar(20)', (c) => c.notNull().references('partner.oin'))
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('is_lead', 'integer', (c) => c.notNull())
        .addColumn('valid_from', 'varchar(32)', (c) => c.notNull())
        .addColumn('valid_until', 'varchar(32)')
        .addColumn('assigned_by_org', 'varchar(20)', (c) => c.notNull())
        .addColumn('assigned_by_user', 'varchar(200)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'varchar(32)')
        .addColumn('ended_by_org', 'varchar(20)')
        .addColumn('end_reason', 'text')
        .addForeignKeyConstraint('role_assignment_case', ['case_id', 'model'], 'chain_case', ['id', 'model'])
        .addCheckConstraint('role_assignment_model_roles', MODEL_ROLES)
        .addCheckConstraint('role_assignment_lead_flag', LEAD_FLAG)
        .execute();
      // At most one active lead per case, and at most one active role per organisation per case.
      await sql`create unique index role_assignment_one_lead on role_assignment (case_id) where is_lead = 1 and ended_at is null`.execute(
        db,
      );
      await sql`create unique index role_assignment_one_role_per_org on role_assignment (case_id, org) where ended_at is null`.execute(db);
      await db.schema.createIndex('role_assignment_org').on('role_assignment').columns(['org', 'ended_at']).execute();

      await db.schema
        .createTable('case_event')
        .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('chain_case.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('actor_org', 'varchar(20)', (c) => c.notNull())
        .addColumn('actor_user', 'varchar(200)', (c) => c.notNull())
        .addColumn('subject_org', 'varchar(20)')
        .addColumn('role', 'varchar(16)')
        .addColumn('reason', 'text')
        // One event per version: two writers that both think they made version n cannot both commit.
        .addPrimaryKeyConstraint('case_event_pk', ['case_id', 'version'])
        .execute();

      await closedCaseTriggers(db);
    },
  },
  '2026-11-30-01-role-confirmations': {
    async up(db: Kysely<unknown>) {
      // The confirmation names the holder too, and the pair must match the assignment: so the database itself can
      // refuse a confirmation by the role's own holder (unless made by the intermediary's staff).
      await sql`create unique index role_assignment_id_org on role_assignment (id, org)`.execute(db);
      await db.schema
        .createTable('role_confirmation')
        .addColumn('assignment_id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('org', 'varchar(20)', (c) => c.notNull())
        .addColumn('confirmed_by_org', 'varchar(20)', (c) => c.notNull().references('partner.oin'))
        .addColumn('confirmed_by_user', 'varchar(200)', (c) => c.notNull())
        .addColumn('confirmed_by_staff', 'integer', (c) => c.notNull().check(sql`confirmed_by_staff in (0, 1)`))
        .addColumn('confirmed_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('role_confirmation_assignment', ['assignment_id', 'org'], 'role_assignment', ['id', 'org'])
        .addCheckConstraint('role_confirmation_second_party', sql`confirmed_by_staff = 1 or confirmed_by_org <> org`)
        .execute();
      // Roles given by another party before confirmations existed count as confirmed by that party.
      await sql`insert into role_confirmation (assignment_id, org, confirmed_by_org, confirmed_by_user, confirmed_by_staff, confirmed_at, reason)
        select id, org, assigned_by_org, assigned_by_user, 0, valid_from, 'assigned by another party' from role_assignment
        where assigned_by_org <> org`.execute(db);
    },
  },
  '2026-11-30-02-pending-handovers': {
    async up(db: Kysely<unknown>) {
      // The handovers waiting for an organisation, soonest expiry first, without reading the cases that have none.
      await sql`create index chain_case_pending_handover on chain_case (handover_to_org, handover_expires_at) where handover_to_org is not null`.execute(
        db,
      );
    },
  },
};
