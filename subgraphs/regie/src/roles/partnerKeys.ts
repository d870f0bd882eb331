/**
 * The partners' public keys, with which regie checks that a role lookup comes from the partner its role-lookup
 * principal was issued for (partner-kit/subgraph/rolesPrincipalCheck.ts): from the partner registry (`publicJwk`);
 * in development without a registry file, the key each demo partner generated under data/keys/, read on first use
 * (the partners start after regie).
 */
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { type JWK } from 'jose';
import { devPartnerKeyFile, isProduction, readKeyPairFile } from '../../../../common';
import { type RegisteredPartner } from '../store/partnerRegistry';

/** A partner subgraph's public key; undefined when the chain knows none. */
export type PartnerKeyOf = (subgraph: string) => KeyObject | undefined;

function publicKeyOf(jwk: JWK, whose: string): KeyObject {
  try {
    return createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch {
    throw new Error(`The public key of partner subgraph "${whose}" is not a usable JSON Web Key`);
  }
}

export function partnerKeysOf(partners: readonly RegisteredPartner[], env: NodeJS.ProcessEnv = process.env): PartnerKeyOf {
  const registered = new Map<string, KeyObject>();
  for (const { subgraph, publicJwk } of partners)
    if (subgraph !== null && publicJwk) registered.set(subgraph, publicKeyOf(publicJwk, subgraph));
  if (isProduction(env) || env.PARTNER_REGISTRY_PATH) return (subgraph) => registered.get(subgraph);
  const demoSubgraphs = new Set(partners.flatMap(({ subgraph }) => (subgraph === null ? [] : [subgraph])));
  return (subgraph) => {
    const known = registered.get(subgraph);
    if (known || !demoSubgraphs.has(subgraph)) return known;
    const pair = readKeyPairFile(devPartnerKeyFile(subgraph, env));
    if (pair) registered.set(subgraph, publicKeyOf(pair.publicJwk, subgraph));
    return registered.get(subgraph);
  };
}
