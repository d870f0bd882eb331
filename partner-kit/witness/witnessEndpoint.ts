/**
 * The witness route (WITNESS_PATH): another party's process hands over its log's signed head; this checks the
 * signature with that log's public key, checks that the head extends the one witnessed last (checkConsistency),
 * countersigns it, keeps it and answers with the countersignature. A refusal is logged and answered with
 * LOG_HEAD_UNVERIFIED (not signed by that log's key, or a log this witness does not keep) or LOG_HEAD_INCONSISTENT
 * (shrunk, forked, or grown without the hash at the witnessed size, which the answer names as `witnessedSize`).
 * No principal: the signature on the head is the credential, and the answer discloses nothing.
 */
import { type Logger } from 'pino';
import {
  checkConsistency,
  claimedLogOf,
  countersignLogHead,
  ErrorCode,
  type HandOverRequest,
  type HeadAt,
  type HeadSigningKey,
  httpStatusFor,
  type JsonRouteHandler,
  type LogHead,
  type LogPublicKeys,
  type PlainResponse,
  verifyLogHead,
} from '../../common';
import { type WitnessedHeads } from './witnessedHeads';

export interface WitnessOptions {
  heads: WitnessedHeads;
  /** This witness's name, in its countersignatures. */
  witness: string;
  /** The key it countersigns with (its own log's signing key). */
  key: HeadSigningKey;
  publicKeyOf: LogPublicKeys;
  /** Whether this witness keeps the log `log`. */
  keeps(log: string): boolean;
  logger: Logger;
  now?: () => Date;
}

type Refusal = {
  code: typeof ErrorCode.LOG_HEAD_UNVERIFIED | typeof ErrorCode.LOG_HEAD_INCONSISTENT | typeof ErrorCode.BAD_USER_INPUT;
  message: string;
  witnessedSize?: number;
  /** A keeper that does not know what was witnessed last (a restart, another replica) is asked for it: no alarm. */
  routine?: true;
};

function requestOf(body: unknown): HandOverRequest | null {
  const { head, prefix } = (typeof body === 'object' && body !== null ? body : {}) as { head?: unknown; prefix?: unknown };
  if (typeof head !== 'string') return null;
  if (prefix === undefined) return { head };
  const p = (typeof prefix === 'object' && prefix !== null ? prefix : {}) as Partial<Record<keyof HeadAt, unknown>>;
  return typeof p.size === 'number' && typeof p.hash === 'string' ? { head, prefix: { size: p.size, hash: p.hash } } : null;
}

export function createWitnessEndpoint(options: WitnessOptions): JsonRouteHandler {
  const now = options.now ?? (() => new Date());

  async function verified(token: string): Promise<LogHead | Refusal> {
    const unverified = (message: string): Refusal => ({ code: ErrorCode.LOG_HEAD_UNVERIFIED, message });
    let log: string;
    try {
      log = claimedLogOf(token);
    } catch (error) {
      return unverified(`Not a signed log head: ${(error as Error).message}.`);
    }
    const key = options.keeps(log) ? await options.publicKeyOf(log) : undefined;
    if (!key) return unverified(`${options.witness} does not witness the log "${log}".`);
    try {
      return verifyLogHead(token, key);
    } catch (error) {
      return unverified(`The head of "${log}" is not signed with its key: ${(error as Error).message}.`);
    }
  }

  async function witness(request: HandOverRequest): Promise<{ countersignature: string } | Refusal> {
    const head = await verified(request.head);
    if ('code' in head) return head;
    const last = await options.heads.latest(head.log);
    const inconsistent = (message: string): Refusal => ({
      code: ErrorCode.LOG_HEAD_INCONSISTENT,
      message: `${message}.`,
      witnessedSize: last?.size ?? 0,
    });
    const reason = checkConsistency(last, head, request.prefix);
    if (reason && last && head.size > last.size && request.prefix?.size !== last.size) return { ...inconsistent(reason), routine: true };
    if (reason) return inconsistent(reason);
    const witnessed = { ...head, witness: options.witness, witnessedAt: now().toISOString() };
    const countersignature = countersignLogHead(witnessed, options.key);
    // Two replicas handing over at once: the first head kept at a size is the witnessed one.
    if ((await options.heads.keep(witnessed, countersignature)) !== head.hash)
      return inconsistent(`the log forked: record ${head.size} has another hash than the one witnessed`);
    return { countersignature };
  }

  return async (_req, body): Promise<PlainResponse> => {
    const request = requestOf(body);
    const outcome: { countersignature: string } | Refusal = request
      ? await witness(request)
      : { code: ErrorCode.BAD_USER_INPUT, message: 'Send {"head": "<signed log head>", "prefix"?: {"size", "hash"}}.' };
    if ('countersignature' in outcome) return { status: 200, body: JSON.stringify(outcome) };
    const logged = { code: outcome.code, reason: outcome.message, witnessedSize: outcome.witnessedSize };
    if (outcome.routine) options.logger.info(logged, 'log head needs the hash at the witnessed size');
    else options.logger.warn(logged, 'log head refused');
    const extensions = { code: outcome.code, ...(outcome.witnessedSize !== undefined ? { witnessedSize: outcome.witnessedSize } : {}) };
    return { status: httpStatusFor(outcome.code), body: JSON.stringify({ errors: [{ message: outcome.message, extensions }] }) };
  };
}
