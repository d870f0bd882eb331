import {
  DEFAULT_PARTNER_CIRCUIT,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  partnerCircuitFromEnv,
  subgraphTimeoutFromEnv,
  subgraphTimeoutsFromEnv,
} from '../partnerSettings';

describe('per-partner timeouts and circuit settings from the environment', () => {
  const subgraphs = ['regie', 'uwv', 'woningcorporatie'];

  it('defaults well under the old 10 s, and a circuit that opens after a few failures', () => {
    expect(subgraphTimeoutFromEnv({})).toBe(DEFAULT_SUBGRAPH_TIMEOUT_MS);
    expect(DEFAULT_SUBGRAPH_TIMEOUT_MS).toBeLessThan(10_000);
    expect(subgraphTimeoutsFromEnv({}, subgraphs)).toEqual({});
    expect(partnerCircuitFromEnv({})).toEqual(DEFAULT_PARTNER_CIRCUIT);
  });

  it('reads one timeout per subgraph by its upper-case name', () => {
    expect(subgraphTimeoutsFromEnv({ SUBGRAPH_TIMEOUT_MS_UWV: '5000', SUBGRAPH_TIMEOUT_MS_WONINGCORPORATIE: '800' }, subgraphs)).toEqual({
      uwv: 5000,
      woningcorporatie: 800,
    });
    expect(partnerCircuitFromEnv({ PARTNER_CIRCUIT_FAILURES: '3', PARTNER_CIRCUIT_COOL_DOWN_MS: '2500' })).toEqual({
      failuresToOpen: 3,
      coolDownMs: 2500,
    });
  });

  it('refuses a timeout for a subgraph the supergraph does not have (a typo), naming the setting', () => {
    expect(() => subgraphTimeoutsFromEnv({ SUBGRAPH_TIMEOUT_MS_UVW: '5000' }, subgraphs)).toThrow(
      /^SUBGRAPH_TIMEOUT_MS_UVW names no subgraph of the supergraph \(regie, uwv, woningcorporatie\)/,
    );
  });

  it.each([
    ['SUBGRAPH_TIMEOUT_MS', '0', /^SUBGRAPH_TIMEOUT_MS must be at least 1/],
    ['SUBGRAPH_TIMEOUT_MS_UWV', 'soon', /^SUBGRAPH_TIMEOUT_MS_UWV must be a whole number/],
    ['PARTNER_CIRCUIT_FAILURES', '0', /^PARTNER_CIRCUIT_FAILURES must be at least 1/],
    ['PARTNER_CIRCUIT_COOL_DOWN_MS', '-5', /^PARTNER_CIRCUIT_COOL_DOWN_MS must be a whole number/],
  ])('refuses %s=%s', (name, value, message) => {
    const env = { [name]: value };
    expect(() => {
      subgraphTimeoutFromEnv(env);
      subgraphTimeoutsFromEnv(env, subgraphs);
      partnerCircuitFromEnv(env);
    }).toThrow(message);
  });
});
