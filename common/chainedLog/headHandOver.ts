/**
 * Hands a log's signed head to its witnesses, once right after start-up and then every `intervalMs`, and keeps what
 * they countersign (countersignedFile.ts). The witness remembers the last head it countersigned; when the log has
 * grown since, it asks for the chain's hash at that size (the proof that the old head is a prefix of the new one),
 * and the hand-over sends it again with that hash. Used by the subgraphs (witness: the intermediary) and by the
 * gateway for its audit log (witnesses: the partners). A failed hand-over is logged and tried again next time; the
 * first one, at start-up, is tried again soon (after 2 s, doubling up to the interval) while a witness does not answer,
 * since a whole chain starting at once (npm start) starts the witness beside its keepers.
 */
import { type Logger } from 'pino';
import { envInt } from '../config';
import { type ChainedLog } from './chainedLog';
import { type HeadSigningKey } from './compactJws';
import { type HeadAt } from './consistency';
import { appendCountersignature } from './countersignedFile';
import { GENESIS_HASH } from './hashChain';
import { claimedWitnessedHead, signLogHead, type WitnessedHead } from './signedHead';

/** The witness route, on the same origin as a witness's GraphQL endpoint. */
export const WITNESS_PATH = '/internal/witness';

/** LOG_WITNESS_INTERVAL_MS's default: every five minutes. */
export const DEFAULT_WITNESS_INTERVAL_MS = 5 * 60_000;

/** LOG_WITNESS_INTERVAL_MS: how often a log's head is handed over (and once right after start-up). */
export function witnessIntervalFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const intervalMs = envInt('LOG_WITNESS_INTERVAL_MS', DEFAULT_WITNESS_INTERVAL_MS, env);
  if (intervalMs < 1_000) throw new Error('LOG_WITNESS_INTERVAL_MS must be at least 1000');
  return intervalMs;
}

/** What a hand-over sends: the signed head, and the chain's hash at the size the witness saw last. */
export interface HandOverRequest {
  head: string;
  prefix?: HeadAt;
}

export interface HeadHandOverOptions {
  log: Pick<ChainedLog, 'head' | 'rowAt'>;
  /** The log's name, as its witnesses know its key. */
  name: string;
  key: HeadSigningKey;
  /** Each witness's URL; the head goes to WITNESS_PATH on that origin. */
  witnessUrls: readonly string[];
  /** Where the countersignatures are kept. */
  file: string;
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
  /** The first retry after a failed start-up hand-over; doubled each time until it reaches `intervalMs`. */
  firstRetryMs?: number;
}

export interface HeadHandOver {
  /** Hands the current head to every witness now; resolves with what they countersigned (failures are logged). */
  handOver(): Promise<WitnessedHead[]>;
  stop(): Promise<void>;
}

class HandOverRefused extends Error {
  constructor(
    message: string,
    readonly witnessedSize: number | undefined,
  ) {
    super(message);
  }
}

async function post(url: string, request: HandOverRequest): Promise<string> {
  const response = await fetch(new URL(WITNESS_PATH, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as {
    countersignature?: unknown;
    errors?: { message?: string; extensions?: { code?: string; witnessedSize?: number } }[];
  };
  if (response.ok && typeof body.countersignature === 'string') return body.countersignature;
  const error = body.errors?.[0];
  throw new HandOverRefused(
    `${error?.extensions?.code ?? response.status}: ${error?.message ?? 'no countersignature'}`,
    error?.extensions?.witnessedSize,
  );
}

export function startHeadHandOver(options: HeadHandOverOptions): HeadHandOver {
  const now = options.now ?? (() => new Date());
  /** The size each witness countersigned last, as far as this process knows. */
  const lastSize = new Map<string, number>();
  let running: Promise<WitnessedHead[]> | undefined;

  async function prefixAt(size: number): Promise<HeadAt | undefined> {
    const hash = size === 0 ? GENESIS_HASH : (await options.log.rowAt(size))?.hash;
    return hash === undefined ? undefined : { size, hash };
  }

  async function handTo(url: string): Promise<WitnessedHead> {
    const head = await options.log.head();
    const signed = signLogHead({ log: options.name, size: head.seq, hash: head.hash, time: now().toISOString() }, options.key);
    const known = lastSize.get(url);
    const first = known === undefined ? undefined : await prefixAt(known);
    let countersignature: string;
    try {
      countersignature = await post(url, { head: signed, prefix: first });
    } catch (error) {
      // The witness saw another size last than we know of (a restart, another replica): prove that one.
      const size = error instanceof HandOverRefused ? error.witnessedSize : undefined;
      if (size === undefined || size === first?.size || size > head.seq) throw error;
      countersignature = await post(url, { head: signed, prefix: await prefixAt(size) });
    }
    const witnessed = claimedWitnessedHead(countersignature);
    if (witnessed.log !== options.name || witnessed.size !== head.seq || witnessed.hash !== head.hash)
      throw new Error('the witness countersigned another head');
    if (lastSize.get(url) !== witnessed.size) appendCountersignature(options.file, countersignature);
    lastSize.set(url, witnessed.size);
    return witnessed;
  }

  async function handOverAll(): Promise<WitnessedHead[]> {
    const results = await Promise.allSettled(options.witnessUrls.map(handTo));
    return results.flatMap((result, index) => {
      if (result.status === 'fulfilled') return [result.value];
      const reason: unknown = result.reason;
      options.logger.warn(
        { witness: options.witnessUrls[index], log: options.name, err: reason instanceof Error ? reason.message : String(reason) },
        'log head not witnessed',
      );
      return [];
    });
  }

  function handOver(): Promise<WitnessedHead[]> {
    // One hand-over at a time: a second caller waits for the one in flight and then hands over the newer head.
    const next = (running ?? Promise.resolve([])).then(handOverAll, handOverAll);
    running = next;
    return next;
  }

  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  /** Hands over now; while some witness did not countersign, tries again after `delayMs`, doubling, below the interval. */
  function handOverUntilWitnessed(delayMs: number): void {
    void handOver().then((witnessed) => {
      if (stopped || witnessed.length >= options.witnessUrls.length || delayMs >= options.intervalMs) return;
      retry = setTimeout(() => handOverUntilWitnessed(delayMs * 2), delayMs);
      retry.unref();
    });
  }

  handOverUntilWitnessed(options.firstRetryMs ?? 2_000);
  const timer = setInterval(() => void handOver(), options.intervalMs);
  timer.unref();
  return {
    handOver,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
      await running;
    },
  };
}
