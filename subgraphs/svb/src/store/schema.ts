/** Table types of the SVB's store (Kysely). Amounts in cents, dates as ISO text. */
import { type ClientRegisterTable } from '../../../../partner-kit';

export interface AowTable {
  bsn: string;
  start_date: string;
  monthly_amount_cents: number;
  /** 0..100: 2% per insured year. */
  accrual_percentage: number;
}

export interface ChildBenefitTable {
  bsn: string;
  number_of_children: number;
  quarterly_amount_cents: number;
}

export interface SvbDatabase {
  client: ClientRegisterTable;
  aow: AowTable;
  child_benefit: ChildBenefitTable;
}
