/** Where regie asks a partner whether it knows a client: set for every partner in production, never guessed. */
import { partnerSubgraphUrlsFromEnv } from '../server';

const ALL = {
  SUBGRAPH_URL_GEMEENTE: 'http://gemeente:4100/graphql',
  SUBGRAPH_URL_UWV: 'http://uwv:4100/graphql',
  SUBGRAPH_URL_SVB: 'http://svb:4100/graphql',
  SUBGRAPH_URL_TOESLAGEN: 'http://toeslagen:4100/graphql',
  SUBGRAPH_URL_WONINGCORPORATIE: 'http://woningcorporatie:4100/graphql',
};

describe("regie's partner subgraph URLs", () => {
  it('in production, refuses to start without one, naming the setting', () => {
    expect(() => partnerSubgraphUrlsFromEnv({ NODE_ENV: 'production', ...ALL, SUBGRAPH_URL_UWV: '' })).toThrow(
      /^SUBGRAPH_URL_UWV is required in production \(NODE_ENV=production\): regie asks uwv there/,
    );
  });

  it('in production, takes every partner from its setting (the intermediary itself is no partner to ask)', () => {
    expect(Object.fromEntries(partnerSubgraphUrlsFromEnv({ NODE_ENV: 'production', ...ALL }))).toEqual({
      gemeente: ALL.SUBGRAPH_URL_GEMEENTE,
      uwv: ALL.SUBGRAPH_URL_UWV,
      svb: ALL.SUBGRAPH_URL_SVB,
      toeslagen: ALL.SUBGRAPH_URL_TOESLAGEN,
      woningcorporatie: ALL.SUBGRAPH_URL_WONINGCORPORATIE,
    });
  });

  it('in development, falls back to the partner registry ports on this machine, as npm start runs them', () => {
    expect(partnerSubgraphUrlsFromEnv({}).get('uwv')).toBe('http://127.0.0.1:4103/graphql');
  });
});
