/** Table types of the allowances office's store (Kysely). Amounts in cents, dates as ISO text, flags as 0 or 1. */
import { type ClientRegisterTable } from '../../../../partner-kit';

export interface AllowanceTable {
  /** `<bsn>-<n>`: stable, readable, and the same on both dialects. */
  id: string;
  bsn: string;
  kind: string;
  year: number;
  monthly_advance_cents: number;
}

export interface RecoveryTable {
  /** `<bsn>-<n>`, like the allowances. */
  id: string;
  bsn: string;
  allowance_kind: string;
  year: number;
  original_amount_cents: number;
  amount_outstanding_cents: number;
  /** 0 or 1: SQLite has no boolean type and better-sqlite3 binds no JavaScript booleans. */
  payment_arrangement: number;
}

export interface ToeslagenDatabase {
  client: ClientRegisterTable;
  allowance: AllowanceTable;
  recovery: RecoveryTable;
}
