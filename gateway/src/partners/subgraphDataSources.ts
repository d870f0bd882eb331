/**
 * The gateway's data sources, one per subgraph name and URL, each with its connection pool: a reloaded supergraph
 * that keeps a subgraph at its URL gets the same data source (and pool) again, not a new one beside the old. A
 * subgraph at a new URL gets a new one; the old stays, for fetches still planned on the supergraph it served, until
 * the gateway stops (close()).
 */
import { PartnerDataSource, type PartnerDataSourceOptions } from '../partnerDataSource';

export class SubgraphDataSources {
  private readonly sources = new Map<string, PartnerDataSource>();

  of(options: PartnerDataSourceOptions): PartnerDataSource {
    const key = JSON.stringify([options.name, options.url]);
    let source = this.sources.get(key);
    if (!source) {
      source = new PartnerDataSource(options);
      this.sources.set(key, source);
    }
    return source;
  }

  async close(): Promise<void> {
    await Promise.all([...this.sources.values()].map((source) => source.close()));
  }
}
