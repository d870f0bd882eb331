/** Each operation waits for a place in its organisation's share, and gives it back when its answer leaves. */
import { DEFAULT_OPERATION_LIMITS } from '../../../../common';
import { OrganisationShare } from '../../organisationShare';
import { organisationSharePlugin } from '../organisationShare';
import { PARTNER, refusal, requestContext, UNRESOLVABLE } from './support/requestContext';

const QUERY = '{ partners { oin } }';

function setUp(maxQueued = 0) {
  const share = new OrganisationShare({ maxConcurrent: 1, maxCostInFlight: 1_000_000, maxQueued, queueTimeoutMs: 1_000 });
  return { share, plugin: organisationSharePlugin(share, DEFAULT_OPERATION_LIMITS) };
}

describe('organisation share', () => {
  it('takes a place while the operation runs and gives it back as the answer leaves', async () => {
    const { share, plugin } = setUp();
    const context = requestContext({ query: QUERY });
    const listener = await plugin.requestDidStart?.(context);
    await listener?.didResolveOperation?.(context);
    expect(share.snapshot(PARTNER.org)).toMatchObject({ running: 1 });
    await listener?.willSendResponse?.(context);
    await Promise.resolve();
    expect(share.snapshot(PARTNER.org)).toMatchObject({ running: 0 });
  });

  it('refuses with 429 when the organisation has no place left', async () => {
    const { plugin } = setUp();
    const first = requestContext({ query: QUERY });
    await (await plugin.requestDidStart?.(first))?.didResolveOperation?.(first);
    const second = requestContext({ query: QUERY });
    const listener = await plugin.requestDidStart?.(second);
    await expect(refusal(listener?.didResolveOperation?.(second) ?? Promise.resolve())).resolves.toEqual({
      code: 'TOO_MANY_REQUESTS',
      status: 429,
    });
  });

  it.each(UNRESOLVABLE)('refuses %s without taking a place', async (_, request) => {
    const { share, plugin } = setUp();
    const context = requestContext({ query: QUERY, ...request });
    const listener = await plugin.requestDidStart?.(context);
    await expect(refusal(listener?.didResolveOperation?.(context) ?? Promise.resolve())).resolves.toMatchObject({ code: 'BAD_REQUEST' });
    expect(share.snapshot(PARTNER.org)).toMatchObject({ running: 0 });
  });
});
