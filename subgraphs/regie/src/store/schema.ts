/** Table types of the intermediary's store (Kysely). */
export interface PartnerTable {
  oin: string;
  name: string;
  kind: string;
  subgraph: string | null;
  registered_at: string;
}

export interface RegieDatabase {
  partner: PartnerTable;
}
