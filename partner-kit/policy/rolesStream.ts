/**
 * A partner subgraph's end of regie's role-change stream (rolesStreamProtocol.ts): opens it with its own proof,
 * feeds its lines to the roles cache, and takes it as cut when it ends, fails or stays silent past
 * ROLES_STREAM_SILENCE_MS (a heartbeat comes every second). While it is cut the cache serves nothing, so every request
 * asks regie; it reconnects with a doubling back-off (up to MAX_BACKOFF_MS), reset by each stream that opens.
 */
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

function parseLine(text: string): RolesStreamLine | null {
  try {
    const line: unknown = JSON.parse(text);
    return typeof line === 'object' && line !== null && typeof (line as { type?: unknown }).type === 'string'
      ? (line as RolesStreamLine)
      : null;
  } catch {
    return null;
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
      let buffered = '';
      for await (const chunk of response.body) {
        heard();
        buffered += (chunk as Buffer).toString('utf8');
        let end: number;
        while ((end = buffered.indexOf('\n')) !== -1) {
          const line = parseLine(buffered.slice(0, end));
          buffered = buffered.slice(end + 1);
          if (line?.type === 'hello') {
            cache.connected(line.stream);
            backoffMs = MIN_BACKOFF_MS;
          } else if (line?.type === 'change') cache.changed(line.org, line.activity, line.bsn, line.seq);
        }
      }
    } catch {
      // A cut, a silence or a refused connection: handled below like an end.
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
