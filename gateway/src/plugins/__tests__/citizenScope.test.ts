/** A citizen's token serves only the inquiry; everyone's operation must resolve. */
import { citizenScopePlugin } from '../citizenScope';
import { CITIZEN, didResolveOperation, gatewayContext, PARTNER, refusal, requestContext, UNRESOLVABLE, VALID_BSN } from './support/requestContext';

const plugin = citizenScopePlugin();
const INQUIRY = `query Inquiry { disclosureInquiry(bsn: "${VALID_BSN}") { __typename } }`;
const citizen = gatewayContext(CITIZEN);

describe('citizen scope', () => {
  it('lets a citizen run the inquiry under its activity', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: INQUIRY, context: citizen }))).resolves.toBeUndefined();
  });

  it.each([
    ['another query', '{ partners { oin } }', citizen],
    ['the inquiry beside other data', `{ disclosureInquiry(bsn: "${VALID_BSN}") { __typename } partners { oin } }`, citizen],
    ['the inquiry under another activity', INQUIRY, gatewayContext(CITIZEN, 'schuldhulp-intake')],
  ])('refuses a citizen %s with FORBIDDEN', async (_, query, context) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query, context })))).resolves.toEqual({ code: 'FORBIDDEN', status: 403 });
  });

  it('does not limit other callers', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: '{ partners { oin } }', context: gatewayContext(PARTNER) }))).resolves.toBeUndefined();
  });

  it.each(UNRESOLVABLE)('refuses %s, whoever asks', async (_, request) => {
    for (const context of [citizen, gatewayContext(PARTNER)]) {
      await expect(refusal(didResolveOperation(plugin, requestContext({ query: INQUIRY, context, ...request })))).resolves.toMatchObject({ code: 'BAD_REQUEST' });
    }
  });
});
