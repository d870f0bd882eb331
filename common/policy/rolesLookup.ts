/**
 * A partner subgraph asks `regie` which roles the requesting organisation holds now, in open cases, for the
 * clients of this request: one batched call per request (DataLoader), passing on the role-lookup principal the
 * gateway sent along, so regie answers for that organisation only, and nothing but that. Nothing is cached beyond the request: a revoked role or a closed
 * case counts from the very next request.
 */
import DataLoader from 'dataloader';
import { request } from 'undici';
import { MAX_BATCH_SIZE } from '../loaders';
import { PRINCIPAL_HEADER } from '../principal';

const ROLES_OF = 'query RolesOfForDisclosure($org: OIN!, $bsns: [BSN!]!) { rolesOf(org: $org, bsns: $bsns) { bsn roles { role } } }';

export interface RolesLookupOptions {
  regieUrl: string;
  org: string;
  /** The role-lookup principal that came with the request, forwarded unchanged; null when none came. */
  signedPrincipal: string | null;
  traceparent?: string;
  timeoutMs?: number;
}

interface RolesOfResponse {
  data?: { rolesOf?: Array<{ bsn: string; roles: Array<{ role: string }> }> } | null;
  errors?: unknown[];
}

export class RolesUnavailableError extends Error {}

export function createRolesLookup(options: RolesLookupOptions): DataLoader<string, ReadonlySet<string>> {
  return new DataLoader<string, ReadonlySet<string>>(
    async (bsns) => {
      if (!options.signedPrincipal) throw new RolesUnavailableError('the request carried no principal for the role lookup');
      const headers: Record<string, string> = { 'content-type': 'application/json', [PRINCIPAL_HEADER]: options.signedPrincipal };
      if (options.traceparent) headers.traceparent = options.traceparent;
      let body: RolesOfResponse;
      try {
        const response = await request(options.regieUrl, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: ROLES_OF, variables: { org: options.org, bsns } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        body = (await response.body.json()) as RolesOfResponse;
      } catch {
        throw new RolesUnavailableError('regie could not be reached');
      }
      const rows = body.data?.rolesOf;
      if (!rows || body.errors) throw new RolesUnavailableError('regie did not answer the role lookup');
      const byBsn = new Map(rows.map((row) => [row.bsn, new Set(row.roles.map((r) => r.role))]));
      return bsns.map((bsn) => byBsn.get(bsn) ?? new Set<string>());
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
