/** Before parsing, in order: token count, persisted-query extension, anonymous introspection, authentication, persisted-only mode. */
import { type IncomingMessage } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { schemaVisibility } from '../introspection';
import { createPersistedAdmission } from '../persisted/admission';
import { documentHash } from '../persisted/manifest';
import { admittedContext } from '../requestAdmission';
import { type RefusedRequest } from '../audit/auditTrail';
import { CallerRefused } from '../context';
import { gatewayContext, PARTNER, STAFF } from '../plugins/__tests__/support/requestContext';
import { type UserClaims } from '../auth/claims';

const PERSISTED = 'query Partners { partners { oin } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';

function gate(user: UserClaims = PARTNER, persistedOnly = true, authenticate?: () => Promise<never>) {
  const authenticated: string[] = [];
  const refusals: RefusedRequest[] = [];
  const admit = admittedContext({
    maxTokens: 50,
    persisted: createPersistedAdmission({ operations: new Map([[documentHash(PERSISTED), PERSISTED]]), persistedOnly }),
    visibility: schemaVisibility('staff'),
    authenticate:
      authenticate ??
      (async () => {
        authenticated.push(user.sub);
        return gatewayContext(user);
      }),
    recordRefusal: async (refused) => {
      refusals.push(refused);
    },
  });
  return { admit, authenticated, refusals };
}

const post = (body: unknown): HTTPGraphQLRequest => ({ method: 'POST', headers: new HeaderMap(), search: '', body });
const req = (token: boolean) => ({ headers: token ? { authorization: 'Bearer t' } : {} }) as unknown as IncomingMessage;

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof GraphQLError ? error.extensions.code : error;
}

describe('request admission', () => {
  it('admits a persisted operation, by hash or by text, and builds the context', async () => {
    const { admit, authenticated } = gate();
    await expect(
      admit(req(true), post({ extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(PERSISTED) } } })),
    ).resolves.toMatchObject({ user: PARTNER });
    await expect(admit(req(true), post({ query: PERSISTED }))).resolves.toMatchObject({ user: PARTNER });
    expect(authenticated).toHaveLength(2);
  });

  it('refuses an oversized document before anything else, even before authentication', async () => {
    const { admit, authenticated } = gate();
    const huge = `{ ${'partners { oin } '.repeat(20)}}`;
    await expect(codeOf(admit(req(false), post({ query: huge })))).resolves.toBe('OPERATION_TOO_COMPLEX');
    expect(authenticated).toEqual([]);
  });

  it('refuses a malformed, unknown or mismatched persistedQuery extension', async () => {
    const { admit } = gate(STAFF);
    await expect(codeOf(admit(req(true), post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } })))).resolves.toBe(
      'BAD_REQUEST',
    );
    await expect(
      codeOf(admit(req(true), post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }))),
    ).resolves.toBe('PERSISTED_QUERY_REQUIRED');
    const mismatched = {
      query: '{ partners { name } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(PERSISTED) } },
    };
    await expect(codeOf(admit(req(true), post(mismatched)))).resolves.toBe('BAD_REQUEST');
  });

  it('refuses anonymous introspection as FORBIDDEN, before authentication would say UNAUTHENTICATED', async () => {
    const { admit, authenticated } = gate();
    await expect(codeOf(admit(req(false), post({ query: INTROSPECTION })))).resolves.toBe('FORBIDDEN');
    expect(authenticated).toEqual([]);
  });

  it("in persisted-only mode refuses a partner's ad-hoc query, and its introspection as what it is", async () => {
    const { admit } = gate();
    await expect(codeOf(admit(req(true), post({ query: '{ partners { name } }' })))).resolves.toBe('PERSISTED_QUERY_REQUIRED');
    await expect(codeOf(admit(req(true), post([{ query: PERSISTED }, { query: INTROSPECTION }])))).resolves.toBe('FORBIDDEN');
  });

  it('leaves a trace of a refusal after authentication: who, the activity declared, the operation, the code', async () => {
    const persistedOnly = gate();
    await expect(codeOf(persistedOnly.admit(req(true), post({ query: '{ partners { name } }', operationName: 'Probe' })))).resolves.toBe(
      'PERSISTED_QUERY_REQUIRED',
    );
    expect(persistedOnly.refusals).toEqual([
      expect.objectContaining({ user: PARTNER, operation: 'Probe', code: 'PERSISTED_QUERY_REQUIRED' }),
    ]);
    const context = gatewayContext(PARTNER);
    const notGranted = new CallerRefused(
      new GraphQLError('not granted', { extensions: { code: 'FORBIDDEN' } }),
      PARTNER,
      'fraude-onderzoek',
      context.trace,
    );
    const activity = gate(PARTNER, true, () => Promise.reject(notGranted));
    const hash = documentHash(PERSISTED);
    await expect(
      codeOf(activity.admit(req(true), post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }))),
    ).resolves.toBe('FORBIDDEN');
    expect(activity.refusals).toEqual([
      expect.objectContaining({ declaredActivity: 'fraude-onderzoek', operation: `sha256:${hash.slice(0, 16)}`, code: 'FORBIDDEN' }),
    ]);
    // Before authentication nobody is known, so nothing is recorded.
    await codeOf(activity.admit(req(false), post({ query: INTROSPECTION })));
    expect(activity.refusals).toHaveLength(1);
  });

  it('lets staff send ad-hoc queries, and everyone when persisted-only mode is off', async () => {
    await expect(gate(STAFF).admit(req(true), post({ query: '{ partners { name } }' }))).resolves.toMatchObject({ user: STAFF });
    await expect(gate(PARTNER, false).admit(req(true), post({ query: '{ partners { name } }' }))).resolves.toMatchObject({ user: PARTNER });
  });
});
