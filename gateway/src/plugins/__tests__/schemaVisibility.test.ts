/** Who may see the schema, after parsing: introspection refused for partners however hidden, suggestions cut. */
import { schemaVisibility } from '../../introspection';
import { schemaVisibilityPlugin } from '../schemaVisibility';
import {
  didResolveOperation,
  gatewayContext,
  PARTNER,
  refusal,
  requestContext,
  STAFF,
  UNRESOLVABLE,
  willSendResponse,
} from './support/requestContext';

const plugin = schemaVisibilityPlugin(schemaVisibility('staff'));
const INTROSPECTION = 'query Schema { __schema { queryType { name } } }';

describe('schema visibility', () => {
  it.each([
    ['__schema', INTROSPECTION],
    ['__type', '{ __type(name: "Client") { fields { name } } }'],
    ['a fragment', 'query { ...S } fragment S on Query { __schema { types { name } } }'],
    ['an alias beside data', '{ partners { oin } schema: __schema { types { name } } }'],
  ])('refuses introspection by a partner (%s) with FORBIDDEN', async (_, query) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query })))).resolves.toEqual({ code: 'FORBIDDEN', status: 403 });
  });

  it.each(UNRESOLVABLE)('refuses it also with %s', async (_, request) => {
    await expect(refusal(didResolveOperation(plugin, requestContext({ query: INTROSPECTION, ...request })))).resolves.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lets a partner ask __typename and data, and lets staff introspect', async () => {
    await expect(didResolveOperation(plugin, requestContext({ query: '{ __typename partners { oin } }' }))).resolves.toBeUndefined();
    await expect(
      didResolveOperation(plugin, requestContext({ query: INTROSPECTION, context: gatewayContext(STAFF) })),
    ).resolves.toBeUndefined();
    await expect(
      didResolveOperation(schemaVisibilityPlugin(schemaVisibility('everyone')), requestContext({ query: INTROSPECTION })),
    ).resolves.toBeUndefined();
  });

  it('cuts "Did you mean …?" from what a partner receives, not from what staff receive', async () => {
    const errors = () => [{ message: 'Cannot query field "nam" on type "Partner". Did you mean "name"?' }];
    const partner = requestContext({ query: '{ partners { oin } }', context: gatewayContext(PARTNER), errors: errors() });
    await willSendResponse(plugin, partner);
    const staff = requestContext({ query: '{ partners { oin } }', context: gatewayContext(STAFF), errors: errors() });
    await willSendResponse(plugin, staff);
    const messages = (context: typeof partner) =>
      context.response.body.kind === 'single' ? context.response.body.singleResult.errors?.map((e) => e.message) : [];
    expect(messages(partner)).toEqual(['Cannot query field "nam" on type "Partner".']);
    expect(messages(staff)).toEqual(errors().map((e) => e.message));
  });
});

describe('the schema visibility rules before parsing', () => {
  const visibility = schemaVisibility('staff');

  it('refuses introspection text from an anonymous caller or a partner, not from staff', () => {
    expect(() => visibility.refuseText(null, INTROSPECTION)).toThrow(/only for intermediary staff/);
    expect(() => visibility.refuseText(PARTNER, INTROSPECTION)).toThrow(/only for intermediary staff/);
    expect(() => visibility.refuseText(STAFF, INTROSPECTION)).not.toThrow();
  });

  it('leaves text that is not introspection, or not GraphQL at all, to the next check', () => {
    expect(() => visibility.refuseText(null, '{ partners { oin } }')).not.toThrow();
    expect(() => visibility.refuseText(null, '{ __schema ')).not.toThrow();
    expect(() => visibility.refuseText(null, undefined)).not.toThrow();
  });
});
