/** Every policied field of the operation must allow the declared activity; otherwise it is refused whole. */
import { GraphQLError } from 'graphql';
import { purposeCheckPlugin } from '../purposeCheck';
import {
  didResolveOperation,
  gatewayContext,
  loadSchema,
  PARTNER,
  refusal,
  requestContext,
  UNRESOLVABLE,
  VALID_BSN,
} from './support/requestContext';

const plugin = purposeCheckPlugin();
const HEALTH = `query Health { client(bsn: "${VALID_BSN}") { uwv { benefits { type disabilityClass } } } }`;
const BENEFITS = `query Benefits { client(bsn: "${VALID_BSN}") { uwv { benefits { type monthlyAmount } } } }`;

describe('purpose check', () => {
  beforeAll(() => loadSchema(plugin));

  it('passes an operation whose fields all allow the activity', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: BENEFITS }))).resolves.toBeUndefined();
    await expect(
      didResolveOperation(plugin, requestContext({ query: HEALTH, context: gatewayContext(PARTNER, 'bijstand-beoordeling') })),
    ).resolves.toBeUndefined();
  });

  it('refuses a field the activity does not allow with PURPOSE_NOT_ALLOWED, naming its path', async () => {
    const error = await didResolveOperation(plugin, requestContext({ query: HEALTH })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'PURPOSE_NOT_ALLOWED', activity: 'schuldhulp-intake' });
    expect(JSON.stringify((error as GraphQLError).extensions.paths)).toContain('disabilityClass');
  });

  it('judges the operation the request names, not another in the document', async () => {
    const query = `${HEALTH} ${BENEFITS}`;
    await expect(didResolveOperation(plugin, requestContext({ query, operationName: 'Benefits' }))).resolves.toBeUndefined();
    await expect(refusal(didResolveOperation(plugin, requestContext({ query, operationName: 'Health' })))).resolves.toMatchObject({
      code: 'PURPOSE_NOT_ALLOWED',
    });
  });

  it.each(UNRESOLVABLE)('refuses %s', async (_, request) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: BENEFITS, ...request })))).resolves.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('refuses everything while no policies are loaded', async () => {
    await expect(didResolveOperation(purposeCheckPlugin(), requestContext({ query: BENEFITS }))).rejects.toThrow(/not loaded/);
  });
});
