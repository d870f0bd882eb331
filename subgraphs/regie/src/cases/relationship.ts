/**
 * The evidence a partner needs to open a case: its own relationship with the client, checked by the chain and not
 * asserted by the caller. Regie looks up the opener's subgraph in its partner registry (`Partner.subgraph`) and
 * asks it "do you know this BSN?" (the partner kit's relationship route), passing on the principal the gateway signed
 * for this request. A partner without a subgraph of its own (a debt counsellor that only receives) cannot show a
 * relationship, so the intermediary's staff open the case for it. No clear answer refuses (PARTNER_UNAVAILABLE).
 */
import { type Kysely } from 'kysely';
import { ErrorCode, ketenError } from '../../../../common';
import { askRelationship } from '../../../../partner-kit';
import { findPartners } from '../store/repository';
import { type RegieDatabase } from '../store/schema';

export interface RelationshipCheckOptions {
  db: Kysely<RegieDatabase>;
  /** The intermediary's own subgraph: it holds no clients, so it is no evidence. */
  intermediarySubgraph: string;
  /** Where a partner's subgraph runs (its GraphQL URL), by subgraph name; undefined when not configured. */
  subgraphUrl: (subgraph: string) => string | undefined;
}

export interface RelationshipRequest {
  org: string;
  bsn: string;
  /** The principal this request came with (audience: the intermediary), passed on unchanged. */
  signedPrincipal: string;
  traceparent?: string;
}

export type RelationshipCheck = (request: RelationshipRequest) => Promise<void>;

export function createRelationshipCheck(options: RelationshipCheckOptions): RelationshipCheck {
  return async ({ org, bsn, signedPrincipal, traceparent }) => {
    const subgraph = (await findPartners(options.db, [org])).get(org)?.subgraph ?? null;
    if (subgraph === null || subgraph === options.intermediarySubgraph) {
      throw ketenError(
        ErrorCode.FORBIDDEN,
        "Your organisation has no subgraph through which the chain can check its own relationship with the client, so it cannot open a case itself; the intermediary's staff can open it for you.",
      );
    }
    const subgraphUrl = options.subgraphUrl(subgraph);
    if (!subgraphUrl)
      throw ketenError(
        ErrorCode.PARTNER_UNAVAILABLE,
        `Your organisation's subgraph (${subgraph}) is not configured at the intermediary, so the relationship cannot be checked.`,
      );
    let knows: boolean;
    try {
      knows = await askRelationship({ subgraphUrl, bsn, signedPrincipal, traceparent });
    } catch {
      throw ketenError(
        ErrorCode.PARTNER_UNAVAILABLE,
        `Your organisation's subgraph (${subgraph}) did not answer whether it knows the client; try again later.`,
      );
    }
    if (!knows) {
      throw ketenError(
        ErrorCode.FORBIDDEN,
        `Your organisation's own records (subgraph ${subgraph}) do not know this client. A case is opened by an organisation with its own relationship with the client, or by the intermediary's staff.`,
      );
    }
  };
}
