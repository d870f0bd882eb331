/**
 * The partner's side of the relationship question (relationshipQuestion.ts). Only regie can ask it: the request
 * must carry a principal the gateway signed for the intermediary's subgraph (a partner never receives one), and it
 * must speak for this partner's own organisation, so the partner tells nobody but the chain about a client it holds,
 * and only when that organisation itself is opening a case. The answer comes from the partner's client register,
 * and the question is logged in its processing log as such (operation `relationship`, status KNOWN or UNKNOWN),
 * before the answer leaves; if the log cannot be written, there is no answer (503).
 */
import { type IncomingMessage } from 'node:http';
import { type CryptoKey } from 'jose';
import { type Kysely } from 'kysely';
import {
  isValidBsn,
  type JsonRouteHandler,
  type NewEntry,
  type PlainResponse,
  type Principal,
  PRINCIPAL_HEADER,
  type Register,
  verifyPrincipal,
} from '../../common';
import { type ClientRegisterDatabase, findKnownClients } from '../db/clientRegister';
import { type SubjectHasher } from '../processingLog/subjectKey';
import { RELATIONSHIP_PATH } from './relationshipQuestion';
import { requestTraceOf } from '../subgraph/subgraphTracing';

export interface RelationshipRouteOptions {
  gatewayKey: CryptoKey;
  /** The intermediary's subgraph: the audience of the principals regie passes on. */
  intermediary: string;
  /** This partner's own organisation: the only one it answers for. */
  ownerOin: string;
  /** Whether this partner knows the client (its client register). */
  knows(bsn: string): Promise<boolean>;
  /** Appends to this partner's processing log. */
  append(entries: readonly NewEntry[]): Promise<void>;
  hashSubject: SubjectHasher;
  register: Register;
}

function refuse(status: number, code: string, message: string): PlainResponse {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

async function principalOf(req: IncomingMessage, options: RelationshipRouteOptions): Promise<Principal | null> {
  const header = req.headers[PRINCIPAL_HEADER];
  if (typeof header !== 'string' || header === '') return null;
  return verifyPrincipal(header, options.gatewayKey, options.intermediary).catch(() => null);
}

function bsnOf(body: unknown): string | null {
  const bsn = typeof body === 'object' && body !== null ? (body as { bsn?: unknown }).bsn : undefined;
  return typeof bsn === 'string' && isValidBsn(bsn) ? bsn : null;
}

function questionRecord(
  options: RelationshipRouteOptions,
  req: IncomingMessage,
  principal: Principal,
  bsn: string,
  knows: boolean,
  startedAt: string,
): NewEntry {
  const activity = options.register.byId.get(principal.activity);
  if (!activity) throw new Error("the declared activity is not in this subgraph's register");
  const trace = requestTraceOf(req);
  const endedAt = new Date().toISOString();
  return {
    recordedAt: endedAt,
    activityId: activity.id,
    activityVersion: activity.version,
    subject: options.hashSubject(bsn),
    skeleton: {
      traceId: trace.traceId,
      spanId: trace.spanId,
      parentSpanId: trace.parentSpanId,
      operationName: 'relationship',
      startedAt,
      endedAt,
      status: knows ? 'KNOWN' : 'UNKNOWN',
      callerOrg: principal.org,
    },
    personal: { disclosed: [], refused: [] },
  };
}

export function createRelationshipRoute(options: RelationshipRouteOptions): JsonRouteHandler {
  return async (req, body) => {
    const startedAt = new Date().toISOString();
    const principal = await principalOf(req, options);
    if (!principal)
      return refuse(401, 'UNAUTHENTICATED', 'Only the intermediary may ask, passing on the principal the gateway signed for it.');
    if (principal.org !== options.ownerOin || principal.staff || principal.citizen !== undefined) {
      return refuse(403, 'FORBIDDEN', 'This partner answers only for its own organisation opening a case.');
    }
    const bsn = bsnOf(body);
    if (!bsn) return refuse(400, 'BAD_USER_INPUT', 'Send {"bsn": "…"}, one valid BSN.');
    const knows = await options.knows(bsn);
    try {
      await options.append([questionRecord(options, req, principal, bsn, knows, startedAt)]);
    } catch {
      return refuse(503, 'LOG_UNAVAILABLE', 'The question could not be logged, so it is not answered.');
    }
    return { status: 200, body: JSON.stringify({ knows }) };
  };
}

/**
 * The route as a partner subgraph serves it, answered from its client register (clientRegister.ts), which every
 * partner that shares data keeps; `db` is the partner's store.
 */
export function relationshipRoutes<DB>(db: Kysely<DB>, options: Omit<RelationshipRouteOptions, 'knows'>): Record<string, JsonRouteHandler> {
  const register = db as unknown as Kysely<ClientRegisterDatabase>;
  const knows = async (bsn: string) => (await findKnownClients(register, [bsn])).has(bsn);
  return { [RELATIONSHIP_PATH]: createRelationshipRoute({ ...options, knows }) };
}
