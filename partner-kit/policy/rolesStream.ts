/**
 * A partner subgraph's end of regie's role-change stream (rolesStreamProtocol.ts): opens it with its own proof,
 * feeds its lines to the roles cache, and takes it as cut when it ends, fails, stays silent past
 * ROLES_STREAM_SILENCE_MS (a heartbeat comes every second) or sends a line that is not a protocol message. While it
 * is cut the cache serves nothing, so every request asks regie; it reconnects with a doubling back-off (up to MAX_BACKOFF_MS), reset by each stream that opens.
 */
import { StringDecoder } from 'node:string_decoder';
import { request } from 'undici';
import { loggerFor, type SigningKey } from '../../common';
import { type RolesCache } from './rolesCache';
import {
  ROLES_STREAM_PATH,
  ROLES_STREAM_PROOF_HEADER,
  ROLES_STREAM_SILENCE_MS,
  type RolesStreamLine,
  signRolesStreamProof,
} from './rolesStreamProtocol';

const MIN_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 5000;

export interface RolesStreamOptions {
  /** Regie's GraphQL URL; the stream is at ROLES_STREAM_PATH on the same origin. */
  rolesUrl: string;
  prover: { subgraph: string; key: SigningKey };
  cache: RolesCache;
}

export interface RolesStream {
  close(): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** One line as a well-formed protocol message, or null. */
function parseLine(text: string): RolesStreamLine | null {
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(line) || !isSeq(line.seq)) return null;
  if (line.type === 'hello' && isText(line.stream)) return { type: 'hello', stream: line.stream, seq: line.seq };
  if (line.type === 'heartbeat') return { type: 'heartbeat', seq: line.seq };
  if (line.type === 'change' && isText(line.org) && isText(line.activity) && isText(line.bsn)) {
    return { type: 'change', seq: line.seq, org: line.org, activity: line.activity, bsn: line.bsn };
  }
  return null;
}

/** A line of the role-change stream that is not a protocol message; the stream is then taken as cut. */
class MalformedStreamLineError extends Error {
  constructor() {
    super('ROLES_STREAM_MALFORMED: a role-change stream line is not a protocol message');
  }
}

/**
 * Splits the stream's bytes into lines (a character may be split across chunks) and reads each as a protocol
 * message; throws ROLES_STREAM_MALFORMED on a line that is not one, so the stream is taken as cut (fail closed).
 */
export class RolesStreamReader {
  private readonly decoder = new StringDecoder('utf8');
  private buffered = '';

  push(chunk: Buffer): RolesStreamLine[] {
    this.buffered += this.decoder.write(chunk);
    const parts = this.buffered.split('\n');
    this.buffered = parts.pop() ?? '';
    return parts.map((text) => {
      const line = parseLine(text);
      if (line === null) throw new MalformedStreamLineError();
      return line;
    });
  }
}

export function startRolesStream({ rolesUrl, prover, cache }: RolesStreamOptions): RolesStream {
  const log = loggerFor(`roles-stream:${prover.subgraph}`);
  const url = new URL(ROLES_STREAM_PATH, rolesUrl).toString();
  let closed = false;
  let backoffMs = MIN_BACKOFF_MS;
  let current: AbortController | undefined;
  let retry: NodeJS.Timeout | undefined;

  async function follow(abort: AbortController): Promise<void> {
    let silence: NodeJS.Timeout | undefined;
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(() => abort.abort(), ROLES_STREAM_SILENCE_MS).unref();
    };
    heard();
    try {
      const response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ROLES_STREAM_PROOF_HEADER]: signRolesStreamProof(prover.subgraph, prover.key) },
        body: '{}',
        signal: abort.signal,
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        log.warn({ status: response.statusCode }, 'role-change stream refused');
        return;
      }
      const reader = new RolesStreamReader();
      for await (const chunk of response.body) {
        heard();
        for (const line of reader.push(chunk as Buffer)) {
          if (line.type === 'hello') {
            cache.connected(line.stream);
            backoffMs = MIN_BACKOFF_MS;
          } else if (line.type === 'change') cache.changed(line.org, line.activity, line.bsn, line.seq);
        }
      }
    } catch (error) {
      // A cut, a silence, a refused connection or a malformed line: handled below like an end.
      if (error instanceof MalformedStreamLineError) log.warn(error.message);
    } finally {
      clearTimeout(silence);
      cache.disconnected();
    }
  }

  function connect(): void {
    if (closed) return;
    const abort = (current = new AbortController());
    void follow(abort).then(() => {
      if (closed) return;
      log.info({ retryInMs: backoffMs }, 'role-change stream cut: asking regie on every request until it is back');
      retry = setTimeout(connect, backoffMs).unref();
      backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    });
  }

  connect();
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      current?.abort();
    },
  };
}

/** ROLES_STREAM: `on` (the default) follows regie's role-change stream and keeps roles while it is live; `off` asks every time. */
export function rolesStreamFromEnv(env: NodeJS.ProcessEnv): boolean {
  const setting = env.ROLES_STREAM ?? 'on';
  if (setting !== 'on' && setting !== 'off') throw new Error(`ROLES_STREAM must be "on" or "off", not "${setting}"`);
  return setting === 'on';
}
