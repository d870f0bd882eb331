/** The gateway's limits on one operation (common/limits), as the plugin list uses them. */
import { DEFAULT_OPERATION_LIMITS, operationLimitsPlugin } from '../../../../common';
import { didResolveOperation, refusal, requestContext, UNRESOLVABLE, VALID_BSN } from './support/requestContext';

const plugin = operationLimitsPlugin({ ...DEFAULT_OPERATION_LIMITS, maxAliases: 2, maxCost: 500 });
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: partners { oin }`).join(' ')} }`;

describe('operation limits', () => {
  it('passes an operation within the limits', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: aliases(2) }))).resolves.toBeUndefined();
  });

  it('refuses too many aliases, and too high an estimated cost, with OPERATION_TOO_COMPLEX', async () => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: aliases(3) })))).resolves.toEqual({
      code: 'OPERATION_TOO_COMPLEX',
      status: 400,
    });
    const bsns = Array.from({ length: 1000 }, () => VALID_BSN);
    const costly = requestContext({ query: 'query C($b: [BSN!]!) { clients(bsns: $b) { bsn } }', variables: { b: bsns } });
    await expect(refusal(didResolveOperation(plugin, costly))).resolves.toMatchObject({ code: 'OPERATION_TOO_COMPLEX' });
  });

  it.each(UNRESOLVABLE)('refuses %s', async (_, request) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: aliases(1), ...request })))).resolves.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
