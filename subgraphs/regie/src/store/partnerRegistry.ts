/**
 * The chain's partners as configured: a JSON file (PARTNER_REGISTRY_PATH) with a list of
 * `{ "oin", "name", "kind", "subgraph", "publicJwk" }`, read at every start; in development the demo chain when no
 * file is given. Production refuses to start without one: without partners nobody can open a case. A partner with a
 * subgraph names the public half of its signing key (`publicJwk`, PARTNER_SIGNING_JWK's), with which it proves its
 * role lookups are its own (roles/partnerKeys.ts); without it, its role lookups are refused.
 */
import { readFileSync } from 'node:fs';
import { type JWK } from 'jose';
import { isProduction, isValidOin } from '../../../../common';
import { DEMO_PARTNERS, PartnerKind, SUBGRAPH_NAMES } from '../../../partners';
import { type Partner } from './models';

const KINDS: ReadonlySet<string> = new Set(Object.values(PartnerKind));
const SUBGRAPHS: ReadonlySet<string> = new Set(SUBGRAPH_NAMES);

/** A partner as the registry file names it: the stored partner, and the public key of its subgraph, if any. */
export interface RegisteredPartner extends Partner {
  publicJwk: JWK | null;
}

function publicJwkOf(value: unknown, where: string): JWK | null {
  if (value == null) return null;
  if (typeof value !== 'object' || typeof (value as { kty?: unknown }).kty !== 'string')
    throw new Error(`${where}: "publicJwk" must be a JSON Web Key`);
  if ('d' in value) throw new Error(`${where}: "publicJwk" holds a private key; the registry takes the public half only`);
  return value as JWK;
}

export function parsePartnerRegistry(json: unknown, source: string): RegisteredPartner[] {
  if (!Array.isArray(json)) throw new Error(`${source} must hold a JSON list of partners`);
  return json.map((entry: unknown, index) => {
    const e = entry as Partial<Record<keyof RegisteredPartner, unknown>>;
    const where = `${source}[${index}]`;
    if (typeof e.oin !== 'string' || !isValidOin(e.oin)) throw new Error(`${where}: "oin" must be a 20-digit OIN`);
    if (typeof e.name !== 'string' || e.name.trim() === '') throw new Error(`${where}: "name" is required`);
    if (typeof e.kind !== 'string' || !KINDS.has(e.kind)) throw new Error(`${where}: "kind" must be one of ${[...KINDS].join(', ')}`);
    if (e.subgraph != null && (typeof e.subgraph !== 'string' || !SUBGRAPHS.has(e.subgraph))) {
      throw new Error(`${where}: "subgraph" must be null or one of ${[...SUBGRAPHS].join(', ')}`);
    }
    const subgraph = (e.subgraph as string | null | undefined) ?? null;
    const publicJwk = publicJwkOf(e.publicJwk, where);
    if (publicJwk && subgraph === null) throw new Error(`${where}: "publicJwk" is for a partner with a subgraph`);
    return { oin: e.oin, name: e.name, kind: e.kind as PartnerKind, subgraph, publicJwk };
  });
}

export function partnerRegistryFromEnv(env: NodeJS.ProcessEnv = process.env): RegisteredPartner[] {
  const path = env.PARTNER_REGISTRY_PATH;
  if (!path) {
    if (isProduction(env)) throw new Error('PARTNER_REGISTRY_PATH is required in production (NODE_ENV=production)');
    // Development: each partner's key is the one it generated under data/keys/ (roles/partnerKeys.ts reads it).
    return DEMO_PARTNERS.map(({ oin, name, kind, subgraph }) => ({ oin, name, kind, subgraph, publicJwk: null }));
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`PARTNER_REGISTRY_PATH (${path}) cannot be read as JSON: ${(error as Error).message}`);
  }
  return parsePartnerRegistry(json, 'PARTNER_REGISTRY_PATH');
}
