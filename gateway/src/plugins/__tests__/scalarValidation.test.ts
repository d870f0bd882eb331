/** Our scalars' values are checked before planning, in literals and variables, without echoing the value. */
import { scalarValidationPlugin } from '../scalarValidation';
import { didResolveOperation, INVALID_BSN, loadSchema, refusal, requestContext, UNRESOLVABLE, VALID_BSN } from './support/requestContext';

const plugin = scalarValidationPlugin();
const BY_VARIABLE = 'query C($bsn: BSN!) { client(bsn: $bsn) { bsn } }';

describe('scalar validation', () => {
  beforeAll(() => loadSchema(plugin));

  it('passes valid values', async () => {
    await expect(
      didResolveOperation(plugin, requestContext({ query: `{ client(bsn: "${VALID_BSN}") { bsn } }` })),
    ).resolves.toBeUndefined();
    await expect(
      didResolveOperation(plugin, requestContext({ query: BY_VARIABLE, variables: { bsn: VALID_BSN } })),
    ).resolves.toBeUndefined();
  });

  it('refuses an invalid BSN as a literal or a variable with INVALID_BSN, and does not echo it', async () => {
    await expect(
      refusal(didResolveOperation(plugin, requestContext({ query: `{ client(bsn: "${INVALID_BSN}") { bsn } }` }))),
    ).resolves.toEqual({ code: 'INVALID_BSN', status: 400 });
    const error = await didResolveOperation(plugin, requestContext({ query: BY_VARIABLE, variables: { bsn: INVALID_BSN } })).catch(
      (e: unknown) => e,
    );
    expect(String(error)).not.toContain(INVALID_BSN);
    await expect(refusal(Promise.reject(error))).resolves.toMatchObject({ code: 'INVALID_BSN' });
  });

  it('refuses another bad value of our scalars with BAD_USER_INPUT', async () => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: '{ partner(oin: "123") { oin } }' })))).resolves.toEqual({
      code: 'BAD_USER_INPUT',
      status: 400,
    });
  });

  it.each(UNRESOLVABLE)('refuses %s', async (_, request) => {
    await expect(
      refusal(didResolveOperation(plugin, requestContext({ query: BY_VARIABLE, variables: { bsn: VALID_BSN }, ...request }))),
    ).resolves.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses everything while no schema is loaded', async () => {
    await expect(
      didResolveOperation(scalarValidationPlugin(), requestContext({ query: BY_VARIABLE, variables: { bsn: VALID_BSN } })),
    ).rejects.toThrow(/not loaded/);
  });
});
