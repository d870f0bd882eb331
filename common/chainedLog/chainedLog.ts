/**
 * A hash-chained log in a service's own store (SQLite or PostgreSQL): the subgraphs' processing logs and the
 * gateway's audit log are both one of these. Appends are group-committed: the records of all requests waiting
 * while one transaction runs go into the next one, so a busy service writes one transaction per burst rather
 * than one per request. The log remembers the head it last wrote and hashes the next records onto it, moving the
 * head row only if it still holds that head: on PostgreSQL one statement (no transaction round trips), on SQLite
 * one short transaction. When another writer moved the head meanwhile (a replica sharing the PostgreSQL schema,
 * `log:purge`), nothing is written, and the records are chained again onto the head as it now is; after a few such
 * tries they go in a transaction that locks the head row. So writers extend one chain without forking it. A purge
 * erases and appends the record that accounts for it in one such transaction, so no erasure exists without its
 * purge record (see `redaction.ts`).
 */
import { sql, type Kysely, type Migration, type Transaction } from 'kysely';
import { type Dialect } from '../db/store';
import { chainEntries, GENESIS_HASH, type ChainedRow, type NewEntry } from './hashChain';
import { RedactionTally, type RedactionClaim } from './redaction';

export type ChainedLogTable = 'processing_log' | 'audit_log';

/** Migrations creating a chained log table and its head row; names sort after every subgraph's own migrations. */
export function chainedLogMigrations(table: ChainedLogTable): Record<string, Migration> {
  return {
    [`2026-12-01-01-${table.replace('_', '-')}`]: {
      async up(db) {
        await db.schema
          .createTable(table)
          .addColumn('seq', 'bigint', (c) => c.primaryKey())
          .addColumn('recorded_at', 'text', (c) => c.notNull())
          .addColumn('activity_id', 'text', (c) => c.notNull())
          .addColumn('activity_version', 'integer', (c) => c.notNull())
          .addColumn('subject', 'text')
          .addColumn('skeleton', 'text', (c) => c.notNull())
          .addColumn('personal', 'text')
          .addColumn('personal_digest', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('redacted_at', 'text')
          .execute();
        await db.schema.createIndex(`${table}_by_subject`).on(table).columns(['subject', 'seq']).execute();
        await db.schema.createIndex(`${table}_by_activity_time`).on(table).columns(['activity_id', 'recorded_at']).execute();
        await db.schema
          .createTable(`${table}_head`)
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('seq', 'bigint', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .execute();
        await sql`insert into ${sql.table(`${table}_head`)} (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);
      },
    },
    // Each erased row names the purge record that accounts for it. Rows erased before this column existed name
    // none, and `log:verify` reports them: nothing in the chain vouches for those erasures.
    [`2026-12-01-02-${table.replace('_', '-')}-redacted-by`]: {
      async up(db) {
        await db.schema.alterTable(table).addColumn('redacted_by', 'bigint').execute();
      },
    },
  };
}

interface StoredRow {
  seq: number | string;
  recorded_at: string;
  activity_id: string;
  activity_version: number;
  subject: string | null;
  skeleton: string;
  personal: string | null;
  personal_digest: string;
  prev_hash: string;
  hash: string;
  redacted_at: string | null;
  redacted_by: number | string | null;
}

function fromStored(row: StoredRow): ChainedRow {
  return {
    seq: Number(row.seq),
    recordedAt: row.recorded_at,
    activityId: row.activity_id,
    activityVersion: Number(row.activity_version),
    subject: row.subject,
    skeleton: row.skeleton,
    personal: row.personal,
    personalDigest: row.personal_digest,
    prevHash: row.prev_hash,
    hash: row.hash,
    redactedAt: row.redacted_at,
    redactedBy: row.redacted_by === null ? null : Number(row.redacted_by),
  };
}

const COLUMNS = sql.raw(
  'seq, recorded_at, activity_id, activity_version, subject, skeleton, personal, personal_digest, prev_hash, hash, redacted_at, redacted_by',
);
/** The columns a new row fills (it is not erased yet). */
const NEW_ROW_COLUMNS = sql.raw(
  'seq, recorded_at, activity_id, activity_version, subject, skeleton, personal, personal_digest, prev_hash, hash',
);

/**
 * New rows for PostgreSQL as one array parameter per column, in NEW_ROW_COLUMNS order: ten parameters however
 * many rows. A VALUES list with twelve parameters a row took twice as long to send and plan (appending the 1,000
 * records of one rolesOf lookup: 33 ms, 17 ms this way).
 */
function postgresRows(rows: readonly ChainedRow[]) {
  const column = <K extends keyof ChainedRow>(key: K) => rows.map((row) => row[key]);
  return sql`unnest(${column('seq')}::bigint[], ${column('recordedAt')}::text[], ${column('activityId')}::text[],
    ${column('activityVersion')}::integer[], ${column('subject')}::text[], ${column('skeleton')}::text[],
    ${column('personal')}::text[], ${column('personalDigest')}::text[], ${column('prevHash')}::text[], ${column('hash')}::text[])`;
}

/** Rows per SQLite INSERT statement: 10 parameters each (NEW_ROW_COLUMNS), 20,000 in all, below SQLite's limit (32,766). */
const ROWS_PER_INSERT = 2000;
/**
 * Writes tried against a head read without a lock before a commit locks the head row instead: when other writers
 * keep moving the head, each failed try means one of them got on.
 */
const OPTIMISTIC_ATTEMPTS = 3;
/** Requests' records per transaction at most, so one burst cannot hold the head lock for long. */
const MAX_APPENDS_PER_COMMIT = 256;

/** The records of one activity version made before a time: those a purge erases. */
export interface Expiry {
  activityId: string;
  activityVersion: number;
  recordedBefore: string;
}

/** What one purge erased: how many records per expiry (in the order given), and the claim over all of them. */
export interface Erased {
  counts: number[];
  claim: RedactionClaim;
}

/** The position and hash of a chain's newest record. */
interface ChainHead {
  seq: number;
  hash: string;
}

interface PendingAppend {
  entries: readonly NewEntry[];
  settle: (error?: unknown) => void;
}

/** The log's tables, as Kysely sees them here (they live beside the owning service's own tables). */
type LogTables = Record<ChainedLogTable | `${ChainedLogTable}_head`, StoredRow>;

export class ChainedLog {
  private readonly pending: PendingAppend[] = [];
  private flushing = false;
  /** The head as this log last wrote it; undefined until then, and after any failure or purge. */
  private lastWritten: ChainHead | undefined;

  private constructor(
    private readonly db: Kysely<LogTables>,
    private readonly dialect: Dialect,
    readonly table: ChainedLogTable,
  ) {}

  /** The log `table` in a service's store (whose own tables Kysely need not know here). */
  static in<DB>(db: Kysely<DB>, dialect: Dialect, table: ChainedLogTable): ChainedLog {
    return new ChainedLog(db as unknown as Kysely<LogTables>, dialect, table);
  }

  /** Resolves once the entries are committed; rejects (and nothing of them is stored) when the write fails. */
  append(entries: readonly NewEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ entries, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_APPENDS_PER_COMMIT);
        try {
          await this.commit(batch.flatMap((append) => append.entries));
          for (const append of batch) append.settle();
        } catch (error) {
          for (const append of batch) append.settle(error ?? new Error('log write failed'));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async commit(entries: readonly NewEntry[]): Promise<void> {
    let expected = this.lastWritten;
    this.lastWritten = undefined;
    let rows: ChainedRow[] = [];
    let written = false;
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS && !written; attempt++) {
      expected ??= await this.head();
      rows = chainEntries(entries, expected);
      written = await this.appendIfHeadIs(expected, rows);
      expected = undefined;
    }
    if (!written) {
      await this.db.transaction().execute(async (trx) => {
        rows = chainEntries(entries, await this.lockHead(trx));
        await this.insert(trx, rows);
      });
    }
    const newest = rows[rows.length - 1];
    if (newest) this.lastWritten = { seq: newest.seq, hash: newest.hash };
  }

  /**
   * Appends rows chained onto `expected` and moves the head to the newest, only if the head row still holds
   * `expected`; returns whether it did (else nothing is written). A writer holding the head row waits until it is
   * free and then sees the row as that other writer left it.
   */
  private async appendIfHeadIs(expected: ChainHead, rows: readonly ChainedRow[]): Promise<boolean> {
    const newest = rows[rows.length - 1];
    if (!newest) return true;
    const head = sql.table(`${this.table}_head`);
    const moveHead = sql`update ${head} set seq = ${newest.seq}, hash = ${newest.hash}
      where id = 1 and seq = ${expected.seq} and hash = ${expected.hash}`;
    if (this.dialect === 'postgres') {
      const inserted = await sql`with moved as (${moveHead} returning id)
        insert into ${sql.table(this.table)} (${NEW_ROW_COLUMNS}) select * from ${postgresRows(rows)}
        where exists (select 1 from moved)`.execute(this.db);
      return Number(inserted.numAffectedRows ?? 0) === rows.length;
    }
    return this.db.transaction().execute(async (trx) => {
      const moved = await moveHead.execute(trx);
      if (Number(moved.numAffectedRows ?? 0) !== 1) return false;
      await this.insertRows(trx, rows);
      return true;
    });
  }

  /**
   * The head, locked until the transaction ends: a write to the head row, so that on SQLite too the transaction
   * holds the write lock from its first statement (a transaction that read first could not take it once another
   * connection had written).
   */
  private async lockHead(trx: Transaction<LogTables>): Promise<ChainHead> {
    const current = await sql<{
      seq: number | string;
      hash: string;
    }>`update ${sql.table(`${this.table}_head`)} set seq = seq where id = 1 returning seq, hash`.execute(trx);
    const last = current.rows[0];
    if (!last) throw new Error(`${this.table} has no head row`);
    return { seq: Number(last.seq), hash: last.hash };
  }

  /** Inserts rows that continue the locked head, and moves the head to the newest. */
  private async insert(trx: Transaction<LogTables>, rows: readonly ChainedRow[]): Promise<void> {
    await this.insertRows(trx, rows);
    const newest = rows[rows.length - 1];
    if (newest)
      await sql`update ${sql.table(`${this.table}_head`)} set seq = ${newest.seq}, hash = ${newest.hash} where id = 1`.execute(trx);
  }

  private async insertRows(trx: Transaction<LogTables>, rows: readonly ChainedRow[]): Promise<void> {
    if (this.dialect === 'postgres') {
      await sql`insert into ${sql.table(this.table)} (${NEW_ROW_COLUMNS}) select * from ${postgresRows(rows)}`.execute(trx);
      return;
    }
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const values = rows
        .slice(start, start + ROWS_PER_INSERT)
        .map(
          (r) =>
            sql`(${r.seq}, ${r.recordedAt}, ${r.activityId}, ${r.activityVersion}, ${r.subject}, ${r.skeleton}, ${r.personal}, ${r.personalDigest}, ${r.prevHash}, ${r.hash})`,
        );
      await sql`insert into ${sql.table(this.table)} (${NEW_ROW_COLUMNS}) values ${sql.join(values)}`.execute(trx);
    }
  }

  /** The chain's head as stored: the position and hash of the newest record. */
  async head(): Promise<{ seq: number; hash: string }> {
    const result = await sql<{
      seq: number | string;
      hash: string;
    }>`select seq, hash from ${sql.table(`${this.table}_head`)} where id = 1`.execute(this.db);
    const row = result.rows[0];
    if (!row) throw new Error(`${this.table} has no head row`);
    return { seq: Number(row.seq), hash: row.hash };
  }

  /** The record at position `seq`, if there is one. */
  async rowAt(seq: number): Promise<ChainedRow | undefined> {
    const result = await sql<StoredRow>`select ${COLUMNS} from ${sql.table(this.table)} where seq = ${seq}`.execute(this.db);
    const row = result.rows[0];
    return row && fromStored(row);
  }

  /** Records after position `afterSeq`, oldest first, at most `limit`. */
  async rowsAfter(afterSeq: number, limit: number): Promise<ChainedRow[]> {
    const result =
      await sql<StoredRow>`select ${COLUMNS} from ${sql.table(this.table)} where seq > ${afterSeq} order by seq limit ${limit}`.execute(
        this.db,
      );
    return result.rows.map(fromStored);
  }

  /**
   * The records that name one data subject, newest first, at most `limit`: recorded before `before` when given,
   * and leaving out the activities in `excludeActivities`. A purge erases the subject, so purged records are not
   * among them; a record marked purged that still names the subject is, as the log holds it (and log:verify
   * reports it).
   */
  async rowsOfSubject(
    subject: string,
    options: { before?: string; limit: number; excludeActivities: readonly string[] },
  ): Promise<ChainedRow[]> {
    const before = options.before ? sql` and recorded_at < ${options.before}` : sql``;
    const excluded =
      options.excludeActivities.length > 0 ? sql` and activity_id not in (${sql.join([...options.excludeActivities])})` : sql``;
    const result = await sql<StoredRow>`select ${COLUMNS} from ${sql.table(this.table)}
      where subject = ${subject}${before}${excluded} order by seq desc limit ${options.limit}`.execute(this.db);
    return result.rows.map(fromStored);
  }

  /**
   * Erases the personal part of the records each expiry selects and, in the same transaction, appends the purge
   * record that accounts for it, made at `at` from what `purgeRecord` returns for what was erased. Each erased row
   * names that record and its time.
   */
  async redact(expiries: readonly Expiry[], at: string, purgeRecord: (erased: Erased) => Omit<NewEntry, 'recordedAt'>): Promise<void> {
    this.lastWritten = undefined;
    await this.db.transaction().execute(async (trx) => {
      const head = await this.lockHead(trx);
      const by = head.seq + 1;
      const seqs: number[] = [];
      const counts: number[] = [];
      for (const expiry of expiries) {
        const erased = await sql<{ seq: number | string }>`update ${sql.table(this.table)}
          set subject = ${null}, personal = ${null}, redacted_at = ${at}, redacted_by = ${by}
          where activity_id = ${expiry.activityId} and activity_version = ${expiry.activityVersion}
            and recorded_at < ${expiry.recordedBefore} and redacted_at is null
          returning seq`.execute(trx);
        counts.push(erased.rows.length);
        for (const row of erased.rows) seqs.push(Number(row.seq));
      }
      const tally = new RedactionTally();
      for (const seq of seqs.sort((a, b) => a - b)) tally.add(seq);
      await this.insert(trx, chainEntries([{ ...purgeRecord({ counts, claim: tally.claim() }), recordedAt: at }], head));
    });
  }

  /** The activity versions that have records with a personal part still kept. */
  async activityVersionsWithKeptRecords(): Promise<{ activityId: string; activityVersion: number }[]> {
    const result = await sql<{ activity_id: string; activity_version: number | string }>`select distinct activity_id, activity_version
      from ${sql.table(this.table)} where redacted_at is null`.execute(this.db);
    return result.rows.map((row) => ({ activityId: row.activity_id, activityVersion: Number(row.activity_version) }));
  }
}
