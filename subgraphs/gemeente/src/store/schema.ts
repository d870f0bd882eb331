/** Table types of the municipality's store (Kysely). Amounts in cents, dates as ISO text. */
import { type ClientRegisterTable } from '../../../../partner-kit';

export interface SocialAssistanceTable {
  bsn: string;
  status: string;
  start_date: string;
  end_date: string | null;
  norm_amount_cents: number;
  household: string;
}

export interface WmoSupportTable {
  /** `<bsn>-<n>`: stable, readable, and the same on both dialects. */
  id: string;
  bsn: string;
  type: string;
  start_date: string;
  end_date: string | null;
  health_limitation: string | null;
}

export interface DebtHelpTable {
  bsn: string;
  status: string;
  start_date: string;
  total_debt_cents: number;
  creditor_count: number;
}

export interface GemeenteDatabase {
  client: ClientRegisterTable;
  social_assistance: SocialAssistanceTable;
  wmo_support: WmoSupportTable;
  debt_help: DebtHelpTable;
}
