/** Table types of the housing corporation's store (Kysely). Amounts in cents, dates as ISO text. */
import { type ClientRegisterTable } from '../../../../partner-kit';

export interface TenancyTable {
  bsn: string;
  street: string;
  house_number: string;
  postal_code: string;
  city: string;
  start_date: string;
  monthly_rent_cents: number;
}

export interface RentArrearsTable {
  bsn: string;
  amount_cents: number;
  months: number;
}

export interface CollectionStepTable {
  /** `<bsn>-<n>`: stable, readable, and the same on both dialects. */
  id: string;
  bsn: string;
  step: string;
  step_date: string;
}

export interface WoningcorporatieDatabase {
  client: ClientRegisterTable;
  tenancy: TenancyTable;
  rent_arrears: RentArrearsTable;
  collection_step: CollectionStepTable;
}
