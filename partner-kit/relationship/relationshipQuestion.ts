/**
 * "Does your organisation know this client?": the one question regie asks the opener's own subgraph before a
 * partner opens a case (evidence of its own relationship with the client, checked by the chain rather than asserted
 * by the caller). A plain JSON route on the partner's subgraph, the other way round from regie's `/internal/roles`.
 * Regie passes on the principal the gateway signed for the opening request (audience: the intermediary's
 * subgraph); the partner answers only when that principal speaks for the partner's own organisation
 * (relationshipRoute.ts), so the answer tells regie, and through it nobody else, what the opener itself holds.
 * Request `{ "bsn": "…" }`; answer `{ "knows": true | false }`.
 */
import { request } from 'undici';
import { PRINCIPAL_HEADER } from '../../common';

export const RELATIONSHIP_PATH = '/internal/relationship';

export interface RelationshipAnswer {
  knows: boolean;
}

export class RelationshipUnavailableError extends Error {}

export interface RelationshipQuestion {
  /** The partner subgraph's GraphQL URL; the question goes to RELATIONSHIP_PATH on the same origin. */
  subgraphUrl: string;
  bsn: string;
  /** The principal the gateway signed for the opening request to the intermediary, passed on unchanged. */
  signedPrincipal: string;
  traceparent?: string;
  timeoutMs?: number;
}

/** True or false from the partner's own store; throws RelationshipUnavailableError when it gives no clear answer. */
export async function askRelationship(question: RelationshipQuestion): Promise<boolean> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [PRINCIPAL_HEADER]: question.signedPrincipal };
  if (question.traceparent) headers.traceparent = question.traceparent;
  let status: number;
  let answer: Partial<RelationshipAnswer>;
  try {
    const response = await request(new URL(RELATIONSHIP_PATH, question.subgraphUrl).toString(), {
      method: 'POST',
      headers,
      body: JSON.stringify({ bsn: question.bsn }),
      signal: AbortSignal.timeout(question.timeoutMs ?? 5000),
    });
    status = response.statusCode;
    answer = (await response.body.json()) as Partial<RelationshipAnswer>;
  } catch {
    throw new RelationshipUnavailableError('the partner subgraph could not be reached');
  }
  if (status !== 200 || typeof answer.knows !== 'boolean')
    throw new RelationshipUnavailableError(`the partner subgraph did not answer (HTTP ${status})`);
  return answer.knows;
}
