/**
 * A partner subgraph asks `regie` which roles the requesting organisation holds now, in open cases, for the
 * clients of this request: one batched call per request (DataLoader), passing on the role-lookup principal the
 * gateway sent along, so regie answers for that organisation only, and nothing but that. The partner signs a proof
 * that it presents that principal itself (its own key); regie takes each principal once (docs/identity.md).
 * Nothing is cached beyond the request (unless ROLES_CACHE_TTL_MS says so, rolesCache.ts): a revoked role or a
 * closed case counts from the very next request.
 */
import DataLoader from 'dataloader';
import { request } from 'undici';
import { MAX_BATCH_SIZE } from '../loaders';
import { PARTNER_PROOF_HEADER, PRINCIPAL_HEADER, signPartnerProof, type SigningKey } from '../../common';
import { type HeldRoles, NO_ROLES } from './disclosureChecker';
import { type RolesCache } from './rolesCache';

/**
 * Regie's plain JSON route for this lookup: the one path the sharing checks use. Regie answers it with the same
 * implementation (and rules) as the public `Query.rolesOf`, without a GraphQL request's cost, as it runs once per
 * request at every partner. Request `{ "bsns": [...] }` with the role-lookup principal; answer
 * `{ "rolesOf": [{ "bsn": "…", "roles": ["MAIN_CONTRACTOR", …] }] }` for the principal's organisation.
 */
export const ROLES_PATH = '/internal/roles';

export interface RolesAnswer {
  /** `confirmed`: the roles among `roles` a second party confirmed (special-category data needs one); absent: none. */
  rolesOf: Array<{ bsn: string; roles: string[]; confirmed?: string[] }>;
}

export interface RolesLookupOptions {
  /** The requesting organisation (the principal's), for the optional cache. */
  org: string;
  /** Set only when ROLES_CACHE_TTL_MS > 0. */
  cache?: RolesCache;
  /** Regie's GraphQL URL; the lookup goes to ROLES_PATH on the same origin. */
  rolesUrl: string;
  /** The role-lookup principal that came with the request, forwarded unchanged; null when none came. */
  signedPrincipal: string | null;
  /** This partner subgraph (the principal's `azp`) and its own signing key (PARTNER_SIGNING_JWK), for the proof. */
  prover: { subgraph: string; key: SigningKey };
  traceparent?: string;
  timeoutMs?: number;
}

export class RolesUnavailableError extends Error {}

export function createRolesLookup(options: RolesLookupOptions): DataLoader<string, HeldRoles> {
  const url = new URL(ROLES_PATH, options.rolesUrl).toString();
  return new DataLoader<string, HeldRoles>(
    async (requested) => {
      const cached = requested.map((bsn) => options.cache?.get(options.org, bsn));
      const bsns = requested.filter((_, i) => cached[i] === undefined);
      if (bsns.length === 0) return cached as HeldRoles[];
      if (!options.signedPrincipal) throw new RolesUnavailableError('the request carried no principal for the role lookup');
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        [PRINCIPAL_HEADER]: options.signedPrincipal,
        [PARTNER_PROOF_HEADER]: signPartnerProof(options.signedPrincipal, options.prover.subgraph, options.prover.key),
      };
      if (options.traceparent) headers.traceparent = options.traceparent;
      let answer: Partial<RolesAnswer>;
      let status: number;
      try {
        const response = await request(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ bsns }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        status = response.statusCode;
        answer = (await response.body.json()) as Partial<RolesAnswer>;
      } catch {
        throw new RolesUnavailableError('regie could not be reached');
      }
      if (status !== 200 || !Array.isArray(answer.rolesOf)) throw new RolesUnavailableError('regie did not answer the role lookup');
      const byBsn = new Map(
        answer.rolesOf.map((row): [string, HeldRoles] => [row.bsn, { roles: new Set(row.roles), confirmed: new Set(row.confirmed ?? []) }]),
      );
      for (const bsn of bsns) options.cache?.set(options.org, bsn, byBsn.get(bsn) ?? NO_ROLES);
      return requested.map((bsn, i) => cached[i] ?? byBsn.get(bsn) ?? NO_ROLES);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
