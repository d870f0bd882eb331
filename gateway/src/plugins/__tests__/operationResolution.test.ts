/** The request must name one operation the schema serves. */
import { operationResolutionPlugin } from '../operationResolution';
import { didResolveOperation, refusal, requestContext, UNRESOLVABLE } from './support/requestContext';

const plugin = operationResolutionPlugin();
const TWO = 'query A { partners { oin } } query B { __typename }';

describe('operation resolution', () => {
  it('passes a named operation, or the only one', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: TWO, operationName: 'B' }))).resolves.toBeUndefined();
    await expect(didResolveOperation(plugin, requestContext({ query: '{ partners { oin } }' }))).resolves.toBeUndefined();
  });

  it.each([...UNRESOLVABLE, ['no operationName with two operations', {}] as const])('refuses %s with BAD_REQUEST', async (_, request) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: TWO, ...request })))).resolves.toEqual({
      code: 'BAD_REQUEST',
      status: 400,
    });
  });

  it('refuses an operation type the schema does not serve', async () => {
    await expect(
      refusal(didResolveOperation(plugin, requestContext({ query: 'subscription { partners { oin } }' }))),
    ).resolves.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
