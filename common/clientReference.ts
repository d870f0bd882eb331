/** What every subgraph resolves a `Client` entity to: its key, the BSN. Sections are loaded from it. */
export interface ClientReference {
  bsn: string;
}
