import { SubgraphDataSources } from '../subgraphDataSources';

const uwv = { name: 'uwv', url: 'http://127.0.0.1:4001/graphql', timeoutMs: 3_000, rolesSubgraph: 'regie' };

describe("the gateway's data sources across supergraph reloads", () => {
  it('gives a subgraph at the same URL the same data source (and pool) again; a new URL a new one', async () => {
    const sources = new SubgraphDataSources();
    const first = sources.of(uwv);
    expect(sources.of({ ...uwv })).toBe(first);
    const moved = sources.of({ ...uwv, url: 'http://127.0.0.1:4002/graphql' });
    expect(moved).not.toBe(first);
    expect(sources.of({ ...uwv, name: 'woningcorporatie' })).not.toBe(first);
    await sources.close();
  });
});
