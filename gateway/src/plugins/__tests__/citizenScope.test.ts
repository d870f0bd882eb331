/** A citizen's token serves only the inquiry; everyone's operation must resolve. */
import { citizenScopePlugin } from '../citizenScope';
import {
  CITIZEN,
  didResolveOperation,
  gatewayContext,
  PARTNER,
  refusal,
  requestContext,
  UNRESOLVABLE,
  VALID_BSN,
} from './support/requestContext';

const plugin = citizenScopePlugin();
const OTHER_BSN = '111222345';
const INQUIRY = `query Inquiry { disclosureInquiry(bsn: "${VALID_BSN}") { __typename } }`;
const citizen = gatewayContext(CITIZEN);

describe('citizen scope', () => {
  it('lets a citizen run the inquiry about their own BSN under its activity, written or as a variable', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: INQUIRY, context: citizen }))).resolves.toBeUndefined();
    const withVariable = 'query Inquiry($bsn: BSN!) { disclosureInquiry(bsn: $bsn) { __typename } }';
    await expect(
      didResolveOperation(plugin, requestContext({ query: withVariable, variables: { bsn: VALID_BSN }, context: citizen })),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['written into the query', { query: `query Inquiry { disclosureInquiry(bsn: "${OTHER_BSN}") { __typename } }` }],
    [
      'as a variable',
      { query: 'query Inquiry($bsn: BSN!) { disclosureInquiry(bsn: $bsn) { __typename } }', variables: { bsn: OTHER_BSN } },
    ],
  ])('refuses a citizen the inquiry about another BSN (%s) with FORBIDDEN and HTTP 403', async (_, request) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ ...request, context: citizen })))).resolves.toEqual({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it.each([
    ['another query', '{ partners { oin } }', citizen],
    ['the inquiry beside other data', `{ disclosureInquiry(bsn: "${VALID_BSN}") { __typename } partners { oin } }`, citizen],
    ['the inquiry under another activity', INQUIRY, gatewayContext(CITIZEN, 'schuldhulp-intake')],
  ])('refuses a citizen %s with FORBIDDEN', async (_, query, context) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query, context })))).resolves.toEqual({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it('does not limit other callers', async () => {
    await expect(
      didResolveOperation(plugin, requestContext({ query: '{ partners { oin } }', context: gatewayContext(PARTNER) })),
    ).resolves.toBeUndefined();
  });

  it.each(UNRESOLVABLE)('refuses %s, whoever asks', async (_, request) => {
    for (const context of [citizen, gatewayContext(PARTNER)]) {
      await expect(refusal(didResolveOperation(plugin, requestContext({ query: INQUIRY, context, ...request })))).resolves.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
  });
});
