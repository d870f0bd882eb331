/**
 * A partner subgraph asks `regie` which roles the requesting organisation holds now, in open cases, for the
 * clients of this request: one batched call per request (DataLoader), passing on the role-lookup principal the
 * gateway sent along, so regie answers for that organisation only, and nothing but that. The partner signs a proof
 * that it presents that principal itself (its own key); regie takes each principal once (docs/identity.md).
 * Clients whose roles the partner already holds from an earlier lookup, while regie's role-change stream is live,
 * are not asked again (rolesCache.ts); the lookup names the live stream, so regie sends a change to these roles
 * there, and says so in its answer (`watch`).
 */
import DataLoader from 'dataloader';
import { request } from 'undici';
import { MAX_BATCH_SIZE } from '../loaders';
import { PARTNER_PROOF_HEADER, PRINCIPAL_HEADER, signPartnerProof, type SigningKey, type TracedCall } from '../../common';
import { type HeldRoles, NO_ROLES } from './disclosureChecker';
import { type LookedUpRoles, type RolesCache } from './rolesCache';
import { ROLES_STREAM_HEADER, type RolesWatch } from './rolesStreamProtocol';

/**
 * Regie's plain JSON route for this lookup: the one path the sharing checks use. Regie answers it with the same
 * implementation (and rules) as the public `Query.rolesOf`, without a GraphQL request's cost, as it runs once per
 * request at every partner. Request `{ "bsns": [...] }` with the role-lookup principal; answer
 * `{ "rolesOf": [{ "bsn": "…", "roles": ["MAIN_CONTRACTOR", …] }] }` for the principal's organisation.
 */
export const ROLES_PATH = '/internal/roles';

export interface RolesAnswer {
  /**
   * `confirmed`: the roles among `roles` a second party confirmed (special-category data needs one); absent: none.
   * `until`: the earliest end (`validUntil`) among `roles`; absent: none ends by itself.
   */
  rolesOf: Array<{ bsn: string; roles: string[]; confirmed?: string[]; until?: string }>;
  /** Present when regie registered these clients for the stream the lookup named: a change will be sent there. */
  watch?: RolesWatch;
}

export interface RolesLookupOptions {
  /** The requesting organisation and its declared activity (the principal's): what regie's answer depends on. */
  org: string;
  activity: string;
  /** The roles kept across requests while regie's role-change stream is live; absent: none (ROLES_STREAM=off). */
  cache?: RolesCache;
  /** Regie's GraphQL URL; the lookup goes to ROLES_PATH on the same origin. */
  rolesUrl: string;
  /** The role-lookup principal that came with the request, forwarded unchanged; null when none came. */
  signedPrincipal: string | null;
  /** This partner subgraph (the principal's `azp`) and its own signing key (PARTNER_SIGNING_JWK), for the proof. */
  prover: { subgraph: string; key: SigningKey };
  traceparent?: string;
  /** When traces are exported: a client span per call to regie, whose `traceparent` the call sends instead. */
  traceCall?: () => TracedCall;
  timeoutMs?: number;
}

export class RolesUnavailableError extends Error {}

function lookedUp(row: RolesAnswer['rolesOf'][number]): LookedUpRoles {
  const held = { roles: new Set(row.roles), confirmed: new Set(row.confirmed ?? []) };
  return row.until === undefined ? { held } : { held, until: Date.parse(row.until) };
}

async function askRegie(url: string, bsns: readonly string[], options: RolesLookupOptions, stream: string | null): Promise<RolesAnswer> {
  if (!options.signedPrincipal) throw new RolesUnavailableError('the request carried no principal for the role lookup');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [PRINCIPAL_HEADER]: options.signedPrincipal,
    [PARTNER_PROOF_HEADER]: signPartnerProof(options.signedPrincipal, options.prover.subgraph, options.prover.key),
  };
  if (stream) headers[ROLES_STREAM_HEADER] = stream;
  const call = options.traceCall?.();
  const traceparent = call?.traceparent ?? options.traceparent;
  if (traceparent) headers.traceparent = traceparent;
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
    call?.end('ROLES_UNAVAILABLE');
    throw new RolesUnavailableError('regie could not be reached');
  }
  if (status !== 200 || !Array.isArray(answer.rolesOf)) {
    call?.end('ROLES_UNAVAILABLE');
    throw new RolesUnavailableError('regie did not answer the role lookup');
  }
  call?.end();
  return { rolesOf: answer.rolesOf, watch: answer.watch };
}

export function createRolesLookup(options: RolesLookupOptions): DataLoader<string, HeldRoles> {
  const url = new URL(ROLES_PATH, options.rolesUrl).toString();
  const { org, activity, cache, signedPrincipal } = options;
  // Kept roles serve a request only with its own role-lookup principal, presented here once (rolesCache.ts).
  const keeping = cache !== undefined && signedPrincipal !== null ? { cache, principal: signedPrincipal } : undefined;
  let firstPresentation: boolean | undefined;
  return new DataLoader<string, HeldRoles>(
    async (requested) => {
      if (keeping && !(firstPresentation ??= keeping.cache.firstPresentation(keeping.principal)))
        throw new RolesUnavailableError('the role-lookup principal was presented before');
      const cached = requested.map((bsn) => keeping?.cache.get(org, activity, bsn));
      const bsns = requested.filter((_, i) => cached[i] === undefined);
      if (bsns.length === 0) return cached as HeldRoles[];
      cache?.begin(org, activity, bsns);
      let found: Map<string, LookedUpRoles> | null = null;
      let watch: RolesWatch | undefined;
      try {
        const answer = await askRegie(url, bsns, options, cache?.liveStream ?? null);
        found = new Map(answer.rolesOf.map((row): [string, LookedUpRoles] => [row.bsn, lookedUp(row)]));
        watch = answer.watch;
      } finally {
        cache?.settle(org, activity, bsns, found, watch);
      }
      return requested.map((bsn, i) => cached[i] ?? found?.get(bsn)?.held ?? NO_ROLES);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
