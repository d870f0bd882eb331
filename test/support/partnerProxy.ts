/**
 * A real HTTP server in front of a partner's subgraph, registered as that partner's URL at the gateway, for outage
 * tests. It passes each GraphQL request on to the subgraph at `target()` (after `delayMs`, if set), or freezes (takes requests and never
 * answers, as a stopped process does), or answers every one with a given GraphQL body (a partner's broken
 * subgraph). It counts the GraphQL requests it receives and tells when the next one arrives. Other paths (the
 * gateway's log-head hand-over) always pass, uncounted; everything answers 503 while there is no target yet (the
 * gateway hands its log head over while the stack starts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export type ProxyMode = { kind: 'pass'; delayMs?: number } | { kind: 'freeze' } | { kind: 'answer'; body: unknown };

export interface PartnerProxy {
  url: string;
  mode: ProxyMode;
  /** Requests received so far, in any mode. */
  readonly received: number;
  /** Resolves when the next request arrives. */
  nextRequest(): Promise<void>;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function pass(target: string | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (target === undefined) return void response.writeHead(503).end();
  const headers = Object.entries(request.headers).flatMap(([name, value]) =>
    typeof value === 'string' && !HOP_BY_HOP.has(name) ? [[name, value] as [string, string]] : [],
  );
  const answer = await fetch(new URL(request.url ?? '/', target), { method: request.method, headers, body: await readBody(request) });
  response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

export async function startPartnerProxy(target: () => string | undefined): Promise<PartnerProxy> {
  let received = 0;
  let waiting: Array<() => void> = [];
  const proxy: PartnerProxy = {
    url: '',
    mode: { kind: 'pass' },
    get received() {
      return received;
    },
    nextRequest: () => new Promise((resolve) => waiting.push(resolve)),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((request, response) => {
    if (request.url !== GRAPHQL_PATH) return void pass(target(), request, response).catch(() => response.destroy());
    received++;
    const arrived = waiting;
    waiting = [];
    for (const resolve of arrived) resolve();
    const mode = proxy.mode;
    if (mode.kind === 'freeze') return;
    if (mode.kind === 'answer') {
      void readBody(request).then(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(mode.body));
      });
      return;
    }
    setTimeout(() => void pass(target(), request, response).catch(() => response.destroy()), mode.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${GRAPHQL_PATH}`;
  return proxy;
}
