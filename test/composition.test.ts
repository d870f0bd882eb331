/** Composition: the committed subgraphs compose; a broken subgraph SDL fails with a message naming the problem. */
import { composeSupergraph, defaultSubgraphSources } from '../scripts/lib/composeSupergraph';

describe('composition', () => {
  it('composes the six subgraphs without errors', () => {
    const result = composeSupergraph();
    expect(result.ok).toBe(true);
  });

  it('fails on a type conflict between subgraphs, naming the field', () => {
    const sources = defaultSubgraphSources().map((source) =>
      source.name === 'svb' ? { ...source, sdl: source.sdl.replace('bsn: BSN!', 'bsn: Int!') } : source,
    );
    const result = composeSupergraph(sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/Client\.bsn/);
  });

  it('fails on SDL that does not parse, naming the subgraph', () => {
    const sources = defaultSubgraphSources().map((source) => (source.name === 'uwv' ? { ...source, sdl: 'type {' } : source));
    const result = composeSupergraph(sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^uwv:/);
  });
});
