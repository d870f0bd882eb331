/**
 * The partner data source against real HTTP servers standing in for a subgraph: fail closed when the ASKED record
 * cannot be written; a query retried once on a fresh connection when a reused one is reset before any answer, a
 * mutation never; the subgraph request cancelled when the client goes away.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, type Socket } from 'node:net';
import { type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parse, type GraphQLError } from 'graphql';
import { ROLES_PRINCIPAL_HEADER } from '../../../common';
import { type GatewayContext } from '../context';
import { PartnerDataSource } from '../partnerDataSource';
import { gatewayContext, PARTNER } from '../plugins/__tests__/support/requestContext';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A subgraph stand-in on a free port; `handle` may be swapped per test. */
async function standIn(handle: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

/** Answers once the request body is read, as a subgraph does (so the connection stays open for the next request). */
const answer: Handler = (req, res) => {
  req.resume();
  req.once('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
};

function incoming(context: GatewayContext, query = '{ ok }'): GraphQLDataSourceProcessOptions<GatewayContext> {
  // The union member @apollo/gateway passes for a client's operation; only the fields the data source reads.
  return {
    incomingRequestContext: { operationName: 'Dossier' },
    context,
    request: { query },
    document: parse(query),
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

/** With one connection, the pool reuses it for the next request. */
const source = (url: string) => new PartnerDataSource({ name: 'uwv', url, timeoutMs: 5_000, rolesSubgraph: 'regie', connections: 1 });

describe('partner data source', () => {
  let server: Server;
  let url: string;
  let fetches = 0;

  beforeAll(async () => {
    ({ server, url } = await standIn((req, res) => {
      fetches += 1;
      answer(req, res);
    }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('records ASKED before it asks the partner', async () => {
    const partner = source(url);
    const asked: (string | null)[] = [];
    const context = gatewayContext(PARTNER, undefined, {
      recordAsked: async (name) => void asked.push(name),
      recordAnswered: () => Promise.resolve(),
    });
    await expect(partner.process(incoming(context))).resolves.toEqual({ data: { ok: true }, errors: undefined });
    expect([asked, fetches]).toEqual([['Dossier'], 1]);
    await partner.close();
  });

  it('asks no partner when the record cannot be written (LOG_UNAVAILABLE)', async () => {
    const partner = source(url);
    const before = fetches;
    const context = gatewayContext(PARTNER, undefined, {
      recordAsked: () => Promise.reject(new Error('store down')),
      recordAnswered: () => Promise.resolve(),
    });
    const error = await partner.process(incoming(context)).catch((e: unknown) => e);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'LOG_UNAVAILABLE' });
    expect(fetches).toBe(before);
    await partner.close();
  });
});

describe('a connection reset before any answer', () => {
  let server: Server;
  let url: string;
  /** Role-lookup principals of the requests that arrived, answered or not. */
  let arrived: string[] = [];

  beforeAll(async () => {
    const served = new WeakMap<Socket, number>();
    // The first request on a connection is answered; a later one on the same (reused) connection finds it closed.
    ({ server, url } = await standIn((req, res) => {
      arrived.push(String(req.headers[ROLES_PRINCIPAL_HEADER]));
      const before = served.get(req.socket) ?? 0;
      served.set(req.socket, before + 1);
      if (before > 0) req.socket.destroy();
      else answer(req, res);
    }));
  });
  beforeEach(() => {
    arrived = [];
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends a query once more, on a fresh connection, with a fresh role-lookup principal', async () => {
    const partner = source(url);
    let issued = 0;
    const context = { ...gatewayContext(PARTNER), rolesPrincipal: () => `roles-${(issued += 1)}` };
    await partner.process(incoming(context));
    await expect(partner.process(incoming(context))).resolves.toEqual({ data: { ok: true }, errors: undefined });
    expect(arrived).toEqual(['roles-1', 'roles-2', 'roles-3']);
    await partner.close();
  });

  it('never sends a mutation twice (PARTNER_UNAVAILABLE)', async () => {
    const partner = source(url);
    await partner.process(incoming(gatewayContext(PARTNER)));
    const error = await partner.process(incoming(gatewayContext(PARTNER), 'mutation { ok }')).catch((e: unknown) => e);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'PARTNER_UNAVAILABLE' });
    expect(arrived).toHaveLength(2);
    await partner.close();
  });
});

it('cancels the subgraph request when the client goes away (REQUEST_CANCELLED)', async () => {
  let arrived: () => void = () => undefined;
  const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
  let closed: () => void = () => undefined;
  const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
  // A subgraph that never answers: only the cancellation ends the request.
  const { server, url } = await standIn((req) => {
    req.socket.once('close', closed);
    arrived();
  });
  const partner = source(url);
  const client = new AbortController();
  const pending = partner.process(incoming({ ...gatewayContext(PARTNER), clientGone: client.signal })).catch((e: unknown) => e);
  await requestArrived;
  client.abort();
  expect(((await pending) as GraphQLError).extensions).toMatchObject({ code: 'REQUEST_CANCELLED', serviceName: 'uwv' });
  await connectionClosed;
  await partner.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
