/**
 * Hosts an Apollo Server on Node's own HTTP server: POST/GET on the GraphQL path, a few plain routes (health,
 * static pages), a body-size limit, and a graceful stop that lets requests in flight finish. Used by the gateway
 * and by every subgraph, so both sides handle HTTP the same way.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { loggerFor } from '../logger';

export interface PlainResponse {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
  /**
   * A streaming answer (regie's role-change stream): after the status and headers, this writes to the response
   * for as long as it likes, `body` first. The server ends open streams when it stops.
   */
  stream?: (res: ServerResponse) => void;
}

export type RouteHandler = (req: IncomingMessage) => Promise<PlainResponse> | PlainResponse;
/** A plain JSON POST route: the body arrives parsed (null when it is not JSON). */
export type JsonRouteHandler = (req: IncomingMessage, body: unknown) => Promise<PlainResponse>;

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the per-request context; may throw a GraphQLError (with extensions.http.status) to refuse the request.
   * It also gets the request as Apollo Server will read it, to refuse by what is asked before anything is parsed.
   */
  context: (req: IncomingMessage, request: HTTPGraphQLRequest) => Promise<TContext>;
  graphqlPath?: string;
  /** Plain GET routes by exact path, e.g. `/health/live`. */
  routes?: Record<string, RouteHandler>;
  /** Plain JSON POST routes by exact path, e.g. regie's `/internal/roles`. */
  jsonRoutes?: Record<string, JsonRouteHandler>;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  /** How long a stop waits for requests in flight before closing their connections. */
  shutdownGraceMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

const log = loggerFor('http');

/** The response of each GraphQL request being answered, so the request's context can watch for the client leaving. */
const responses = new WeakMap<IncomingMessage, ServerResponse>();

/**
 * A signal that aborts when the client's connection closes before this request's answer has been sent completely
 * (the client went away); it never aborts for a request this server is not answering.
 */
export function clientGone(req: IncomingMessage): AbortSignal {
  const controller = new AbortController();
  const res = responses.get(req);
  res?.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop collecting but let the rest drain, so the 413 answer reaches the client.
        if (chunks.length > 0) chunks.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendPlain(res: ServerResponse, response: PlainResponse): void {
  res.statusCode = response.status;
  res.setHeader('content-type', response.contentType ?? 'application/json; charset=utf-8');
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  res.end(response.body);
}

function jsonError(status: number, code: string, message: string): PlainResponse {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

async function toGraphQLRequest(req: IncomingMessage, maxBodyBytes: number): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const search = queryStart === -1 ? '' : url.slice(queryStart);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, maxBodyBytes);
    const contentType = headers.get('content-type') ?? '';
    // Apollo Server answers a wrong content type or a missing body itself, with a clear 400.
    body = contentType.startsWith('application/json') && text !== '' ? JSON.parse(text) : text;
  }
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search, body };
}

export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const { apollo, context, routes = {}, jsonRoutes = {}, port, host = '127.0.0.1' } = options;
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const shutdownGraceMs = options.shutdownGraceMs ?? 10_000;

  async function readJson(req: IncomingMessage): Promise<unknown> {
    try {
      return JSON.parse(await readBody(req, maxBodyBytes)) as unknown;
    } catch {
      return null;
    }
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = await toGraphQLRequest(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return sendPlain(res, jsonError(413, 'BAD_REQUEST', `Request body larger than ${maxBodyBytes} bytes`));
      return sendPlain(res, jsonError(400, 'BAD_REQUEST', 'Request body is not valid JSON'));
    }
    responses.set(req, res);
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req, httpGraphQLRequest) });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === graphqlPath) return handleGraphQL(req, res);
    // A stopping server is not ready, whatever its own check says: load balancers take it out first.
    if (stopping && path === '/health/ready') return sendPlain(res, { status: 503, body: JSON.stringify({ status: 'stopping' }) });
    const jsonRoute = jsonRoutes[path];
    if (jsonRoute && req.method === 'POST') return sendJsonRouteAnswer(res, await jsonRoute(req, await readJson(req)));
    const route = routes[path];
    if (route && (req.method === 'GET' || req.method === 'HEAD')) return sendPlain(res, await route(req));
    sendPlain(res, jsonError(404, 'NOT_FOUND', `No route ${path}; GraphQL is served at ${graphqlPath}`));
  }

  const openStreams = new Set<ServerResponse>();
  function sendJsonRouteAnswer(res: ServerResponse, response: PlainResponse): void {
    if (!response.stream) return sendPlain(res, response);
    if (stopping) return sendPlain(res, jsonError(503, 'PARTNER_UNAVAILABLE', 'This server is stopping; connect to another replica.'));
    res.statusCode = response.status;
    res.setHeader('content-type', response.contentType ?? 'application/x-ndjson');
    for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
    res.write(response.body);
    openStreams.add(res);
    res.once('close', () => openStreams.delete(res));
    response.stream(res);
  }

  let stopping: Promise<void> | undefined;
  const server = createServer((req, res) => {
    // While stopping, answer what is asked but close each connection after it, so clients move to another replica.
    if (stopping) res.setHeader('connection', 'close');
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) }, 'unhandled HTTP error');
      if (!res.headersSent) sendPlain(res, jsonError(500, 'INTERNAL_SERVER_ERROR', 'Internal error'));
      else res.end();
    });
  });
  // Keep connections open longer than clients keep idle sockets, so a client never reuses a socket being closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await apollo.start();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;

  function stop(): Promise<void> {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of openStreams) res.end();
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
      await closed;
      clearTimeout(grace);
      await apollo.stop();
    })();
    return stopping;
  }

  return { url: `http://${host}:${actualPort}${graphqlPath}`, port: actualPort, server, stop };
}
