/** Table types of UWV's store (Kysely). Amounts in cents, dates as ISO text. */
import { type ClientRegisterTable } from '../../../../partner-kit';

export interface BenefitTable {
  /** `<bsn>-<n>`: stable, readable, and the same on both dialects. */
  id: string;
  bsn: string;
  type: string;
  start_date: string;
  end_date: string | null;
  monthly_amount_cents: number;
  /** Null for WW. Health-derived: special category. */
  disability_class: string | null;
}

export interface IncomeRelationTable {
  /** `<bsn>-<n>`: stable, readable, and the same on both dialects. */
  id: string;
  bsn: string;
  employer: string;
  start_date: string;
  end_date: string | null;
  monthly_wage_cents: number;
  hours_per_week: number;
}

export interface UwvDatabase {
  client: ClientRegisterTable;
  benefit: BenefitTable;
  income_relation: IncomeRelationTable;
}
