/**
 * The chain's partners as configured: a JSON file (PARTNER_REGISTRY_PATH) with a list of
 * `{ "oin", "name", "kind", "subgraph" }`, read at every start; in development the demo chain when no file is
 * given. Production refuses to start without one: without partners nobody can open a case.
 */
import { readFileSync } from 'node:fs';
import { isProduction, isValidOin } from '../../../../common';
import { DEMO_PARTNERS, PartnerKind, SUBGRAPH_NAMES } from '../../../partners';
import { type Partner } from './models';

const KINDS: ReadonlySet<string> = new Set(Object.values(PartnerKind));
const SUBGRAPHS: ReadonlySet<string> = new Set(SUBGRAPH_NAMES);

export function parsePartnerRegistry(json: unknown, source: string): Partner[] {
  if (!Array.isArray(json)) throw new Error(`${source} must hold a JSON list of partners`);
  return json.map((entry: unknown, index) => {
    const e = entry as Partial<Record<keyof Partner, unknown>>;
    const where = `${source}[${index}]`;
    if (typeof e.oin !== 'string' || !isValidOin(e.oin)) throw new Error(`${where}: "oin" must be a 20-digit OIN`);
    if (typeof e.name !== 'string' || e.name.trim() === '') throw new Error(`${where}: "name" is required`);
    if (typeof e.kind !== 'string' || !KINDS.has(e.kind)) throw new Error(`${where}: "kind" must be one of ${[...KINDS].join(', ')}`);
    if (e.subgraph != null && (typeof e.subgraph !== 'string' || !SUBGRAPHS.has(e.subgraph))) {
      throw new Error(`${where}: "subgraph" must be null or one of ${[...SUBGRAPHS].join(', ')}`);
    }
    return { oin: e.oin, name: e.name, kind: e.kind as PartnerKind, subgraph: (e.subgraph as string | null | undefined) ?? null };
  });
}

export function partnerRegistryFromEnv(env: NodeJS.ProcessEnv = process.env): Partner[] {
  const path = env.PARTNER_REGISTRY_PATH;
  if (!path) {
    if (isProduction(env)) throw new Error('PARTNER_REGISTRY_PATH is required in production (NODE_ENV=production)');
    return DEMO_PARTNERS.map(({ oin, name, kind, subgraph }) => ({ oin, name, kind, subgraph }));
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`PARTNER_REGISTRY_PATH (${path}) cannot be read as JSON: ${(error as Error).message}`);
  }
  return parsePartnerRegistry(json, 'PARTNER_REGISTRY_PATH');
}
