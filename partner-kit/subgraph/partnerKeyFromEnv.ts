/**
 * A partner subgraph's own signing key (PARTNER_SIGNING_JWK, or PARTNER_SIGNING_JWK_FILE): with it the partner
 * proves to the intermediary that a role lookup is its own. Production requires it; in development a key pair is
 * generated once under data/keys/, where the intermediary reads its public half.
 */
import { devPartnerKeyFile, importKey, isProduction, loadOrCreateKeyPairFile, parseJwk, requireEnv, type SigningKey } from '../../common';

export async function partnerKeyFromEnv(subgraph: string, env: NodeJS.ProcessEnv): Promise<SigningKey> {
  if (isProduction(env) || env.PARTNER_SIGNING_JWK) {
    const jwk = parseJwk(requireEnv('PARTNER_SIGNING_JWK', env), 'PARTNER_SIGNING_JWK');
    if (!('d' in jwk)) throw new Error('PARTNER_SIGNING_JWK must be a private key; the partner registry holds its public half');
    return importKey(jwk);
  }
  const pair = await loadOrCreateKeyPairFile(devPartnerKeyFile(subgraph, env), `${subgraph}-dev`);
  return importKey(pair.privateJwk);
}
