/** Configuration of client access: strict in production, the manifest verified, development sign-in never in production. */
import { generateKeyPairJwk, loadRegister } from '../../../common';
import { clientAccessFromEnv } from '../clientAccess';
import { devSignInRoutes } from '../explorer/devSignIn';
import { documentHash, parseManifest } from '../persisted/manifest';
import { withoutSuggestion } from '../introspection';

describe('client access settings', () => {
  it('requires persisted operations and keeps the schema for staff in production', () => {
    const access = clientAccessFromEnv({ NODE_ENV: 'production' });
    expect(access.persistedOperations.only).toBe(true);
    expect(access.introspection).toBe('staff');
    expect(access.persistedOperations.operations.size).toBeGreaterThan(0);
  });

  it('is open in development, and can be made strict', () => {
    expect(clientAccessFromEnv({})).toMatchObject({ persistedOperations: { only: false }, introspection: 'everyone' });
    expect(clientAccessFromEnv({ PERSISTED_ONLY: 'on', INTROSPECTION: 'staff' })).toMatchObject({
      persistedOperations: { only: true },
      introspection: 'staff',
    });
  });

  it('refuses to open the schema to everyone in production, and refuses unknown values', () => {
    expect(() => clientAccessFromEnv({ NODE_ENV: 'production', INTROSPECTION: 'everyone' })).toThrow(/refused in production/);
    expect(() => clientAccessFromEnv({ PERSISTED_ONLY: 'yes' })).toThrow(/PERSISTED_ONLY/);
    expect(() => clientAccessFromEnv({ INTROSPECTION: 'partners' })).toThrow(/INTROSPECTION/);
  });
});

describe('the manifest', () => {
  it('maps each hash to its document, and refuses an entry whose hash does not match', () => {
    const document = 'query A { partners { oin } }';
    expect(parseManifest(JSON.stringify({ [documentHash(document)]: document }), 'm').get(documentHash(document))).toBe(document);
    expect(() => parseManifest(JSON.stringify({ [documentHash(document)]: `${document} ` }), 'm')).toThrow(/not the sha256/);
    expect(() => parseManifest('[]', 'm')).toThrow(/must map/);
  });
});

describe('development sign-in', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('cannot be created in production', async () => {
    const keys = await generateKeyPairJwk('dev-issuer-test');
    process.env.NODE_ENV = 'production';
    expect(() => devSignInRoutes(keys, loadRegister())).toThrow(/never available in production/);
  });
});

describe('suggestions', () => {
  it('are cut from validation messages', () => {
    expect(withoutSuggestion('Cannot query field "nam" on type "Partner". Did you mean "name"?')).toBe(
      'Cannot query field "nam" on type "Partner".',
    );
    expect(withoutSuggestion('Value "RELAYY" does not exist in "CoordinationModel" enum. Did you mean the enum value "RELAY"?')).toBe(
      'Value "RELAYY" does not exist in "CoordinationModel" enum.',
    );
  });
});
