import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devPartnerKeyFile, generateKeyPairJwk, loadOrCreateKeyPairFile } from '../../../../../common';
import { PartnerKind } from '../../../../partners';
import { type RegisteredPartner } from '../../store/partnerRegistry';
import { partnerKeysOf } from '../partnerKeys';

const partner = (subgraph: string | null, publicJwk: RegisteredPartner['publicJwk'] = null): RegisteredPartner => ({
  oin: '00000009300000000003',
  name: 'p',
  kind: PartnerKind.EMPLOYMENT_AGENCY,
  subgraph,
  publicJwk,
});

describe("regie's partner keys", () => {
  it('come from the registry file alone when one is configured (and in production)', async () => {
    const uwv = await generateKeyPairJwk('uwv');
    const keyOf = partnerKeysOf([partner('uwv', uwv.publicJwk), partner('svb')], { PARTNER_REGISTRY_PATH: '/config/partners.json' });
    expect(keyOf('uwv')?.export({ format: 'jwk' })).toMatchObject({ x: uwv.publicJwk.x });
    expect(keyOf('svb')).toBeUndefined();
    expect(() => partnerKeysOf([partner('uwv', { kty: 'OKP', crv: 'Ed25519', x: '!' })], { NODE_ENV: 'production' })).toThrow(
      /"uwv" is not a usable JSON Web Key/,
    );
  });

  it('in development, are read from the files the partners generate, once they exist, for demo partners only', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'ketenregie-keys-')) };
    const keyOf = partnerKeysOf([partner('uwv')], env);
    expect(keyOf('uwv')).toBeUndefined();
    const pair = await loadOrCreateKeyPairFile(devPartnerKeyFile('uwv', env), 'uwv-dev');
    expect(keyOf('uwv')?.export({ format: 'jwk' })).toMatchObject({ x: pair.publicJwk.x });
    await loadOrCreateKeyPairFile(devPartnerKeyFile('svb', env), 'svb-dev');
    expect(keyOf('svb')).toBeUndefined();
  });
});
