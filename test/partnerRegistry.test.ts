/** The partner registry: configured partners are registered at every start, added or updated, never dropped. */
import { DEMO_PARTNERS } from '../subgraphs/partners';
import { parsePartnerRegistry, partnerRegistryFromEnv } from '../subgraphs/regie/src/store/partnerRegistry';
import { PartnersDocument } from '../client/__generated__/graphql';
import { execute } from './support/graphql';
import { startStack } from './support/stack';

const extra = { oin: '00000001234567890000', name: 'Stadsbank Voorbeeld', kind: 'DEBT_COUNSELLING' as const, subgraph: null };

describe('the partner registry', () => {
  it.each([
    [{ ...extra, oin: '123' }, /20-digit OIN/],
    [{ ...extra, name: ' ' }, /"name" is required/],
    [{ ...extra, kind: 'BANK' }, /"kind" must be one of/],
    [{ ...extra, subgraph: 'elsewhere' }, /"subgraph" must be null or one of/],
    [{ ...extra, subgraph: 'uwv', publicJwk: 'key' }, /"publicJwk" must be a JSON Web Key/],
    [{ ...extra, subgraph: 'uwv', publicJwk: { kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'secret' } }, /holds a private key/],
    [{ ...extra, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: 'x' } }, /for a partner with a subgraph/],
  ])('refuses a malformed entry, naming it (%#)', (entry, message) => {
    expect(() => parsePartnerRegistry([entry], 'registry')).toThrow(message);
  });

  it('is required in production, and the demo chain in development', () => {
    expect(() => partnerRegistryFromEnv({ NODE_ENV: 'production' })).toThrow(/PARTNER_REGISTRY_PATH is required/);
    expect(partnerRegistryFromEnv({}).map((p) => p.oin)).toEqual(DEMO_PARTNERS.map((p) => p.oin));
  });

  it('registers new partners and updates known ones at start, keeping the others', async () => {
    const first = await startStack({ seedClients: 5, regie: { partners: [...partnerRegistryFromEnv({}), extra] } });
    const token = await first.token();
    const before = (await execute(first.gatewayUrl, PartnersDocument, {}, { token })).data?.partners ?? [];
    expect(before.map((p) => p.name)).toContain('Stadsbank Voorbeeld');
    await first.stop({ keepData: true });
    const second = await startStack({
      reuse: first.storage,
      seedClients: 5,
      regie: { partners: [{ ...extra, name: 'Stadsbank Voorbeeldstad' }] },
    });
    try {
      const after = (await execute(second.gatewayUrl, PartnersDocument, {}, { token: await second.token() })).data?.partners ?? [];
      expect(after.map((p) => p.name)).toContain('Stadsbank Voorbeeldstad');
      expect(after).toHaveLength(before.length);
    } finally {
      await second.stop();
    }
  });
});
