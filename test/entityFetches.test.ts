/**
 * The gateway's fetch path to subgraphs (gateway/src/fetch/), through the real gateway and subgraph processes,
 * counted and read on the subgraphs' own HTTP servers: the intermediary's echo of a client key is answered in the
 * gateway (the dossier asks no request of regie), concurrent `_entities` fetches of one client request to one
 * subgraph go out as one request with each representation once and come back as the unmerged answer would, never
 * merged across client requests; a batch of operations sent straight to a subgraph is refused; a client that goes
 * away takes its subgraph requests with it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { DossierDocument } from '../client';
import { PRINCIPAL_HEADER } from '../common';
import { INTERMEDIARY_CLIENT_ECHOES, keyEchoAnswer } from '../gateway/src/fetch/keyEcho';
import { demoBsns } from '../partner-kit';
import { grantCases, knowClients } from './support/chain';
import { errorCodes, execute, postGraphQL, type GraphQLResponse } from './support/graphql';
import { gatewayPrincipal, startStack, type TestStack } from './support/stack';

const activity = 'schuldhulp-intake';
const [withCase = '', withoutCase = ''] = demoBsns(2);

interface SeenRequest {
  subgraph: string;
  body: { query?: string; variables?: Record<string, unknown> };
}

/** Every GraphQL request the stack's subgraphs receive, with its body (read beside the subgraph's own reader). */
function recordRequests(stack: TestStack): SeenRequest[] {
  const seen: SeenRequest[] = [];
  for (const [subgraph, running] of Object.entries(stack.subgraphs)) {
    running.server.on('request', (req: IncomingMessage) => {
      if (req.url?.split('?')[0] !== '/graphql') return;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => seen.push({ subgraph, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as SeenRequest['body'] }));
    });
  }
  return seen;
}

/** Errors as a set to compare: the order in which concurrent fetches answer is not part of the answer. */
function sortedErrors(response: GraphQLResponse<unknown>) {
  return (response.errors ?? []).map((e) => JSON.stringify({ path: e.path, code: e.extensions?.code })).sort();
}

describe('the fetch path from the gateway to the subgraphs', () => {
  let stack: TestStack;
  let token: string;
  let seen: SeenRequest[];
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, unknown>>(stack.gatewayUrl, { query, variables }, { token, activity });
  const requestsTo = (subgraph: string) => seen.filter((r) => r.subgraph === subgraph);

  beforeAll(async () => {
    // Partners ask regie on every request (no role-change stream): a merged operation must still need one lookup,
    // as regie takes each role-lookup principal once.
    stack = await startStack({ seedClients: 20, rolesStream: false });
    token = await stack.token();
    await knowClients(stack, 'uwv', [withCase, withoutCase]);
    await grantCases(stack, 'gemeente', [withCase]);
    seen = recordRequests(stack);
  });
  beforeEach(() => {
    seen.length = 0;
  });
  afterAll(() => stack?.stop());

  describe('the echo of a client key', () => {
    it('lets the dossier reach every partner without a request to regie', async () => {
      const response = await execute(stack.gatewayUrl, DossierDocument, { bsn: withCase }, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data?.client.bsn).toBe(withCase);
      expect(requestsTo('regie')).toEqual([]);
      expect(seen.map((r) => r.subgraph).sort()).toEqual(['gemeente', 'svb', 'toeslagen', 'uwv', 'woningcorporatie']);
    });

    it('still refuses an invalid BSN (INVALID_BSN), asking no subgraph', async () => {
      const response = await ask('query A { client(bsn: "111222334") { bsn uwv { benefits { type } } } }');
      expect([response.status, errorCodes(response)]).toEqual([400, ['INVALID_BSN']]);
      expect(seen).toEqual([]);
    });

    it('answers as regie itself answers the same fetch, a refused key included', async () => {
      const principal = await gatewayPrincipal(stack, 'regie');
      const fetches: Array<[string, Record<string, unknown>]> = [
        ['query F__regie__0($bsn: BSN!) { client(bsn: $bsn) { __typename bsn } }', { bsn: withCase }],
        [
          `query F__regie__0($b: [BSN!]!) { x: clients(bsns: $b) { bsn __typename } y: client(bsn: "${withoutCase}") { __typename } }`,
          { b: [withoutCase, withCase] },
        ],
        ['query F__regie__0($bsn: BSN!) { client(bsn: $bsn) { __typename bsn } }', { bsn: '111222334' }],
      ];
      for (const [query, variables] of fetches) {
        const local = keyEchoAnswer(parse(query), variables, INTERMEDIARY_CLIENT_ECHOES);
        const remote = await postGraphQL(stack.subgraphs.regie.url, { query, variables }, { headers: { [PRINCIPAL_HEADER]: principal } });
        expect(local?.data).toEqual(remote.data);
        expect(errorCodes(local ?? {})).toEqual(errorCodes(remote));
      }
    });

    it('sends regie every fetch that asks more than the echo', async () => {
      const response = await ask('query A($bsn: BSN!) { client(bsn: $bsn) { bsn cases { id } } }', { bsn: withCase });
      expect(response.errors).toBeUndefined();
      expect(requestsTo('regie')).toHaveLength(1);
    });
  });

  describe('concurrent entity fetches', () => {
    const both = `query Two($b: BSN!, $c: BSN!) {
      a: client(bsn: $b) { bsn uwv { benefits { type monthlyAmount } } }
      b: client(bsn: $c) { uwv { benefits { type } incomeRelations { employer } } svb { aow { startDate } } }
    }`;

    it('go to one subgraph as one request, answered as the unmerged fetches are', async () => {
      const merged = await ask(both, { b: withCase, c: withoutCase });
      expect(requestsTo('uwv')).toHaveLength(1);
      expect(requestsTo('uwv')[0]?.body.query).toContain('_e1: _entities(representations: $representations_1)');
      seen.length = 0;
      const a = await ask('query A($b: BSN!) { a: client(bsn: $b) { bsn uwv { benefits { type monthlyAmount } } } }', { b: withCase });
      const b = await ask(
        'query B($c: BSN!) { b: client(bsn: $c) { uwv { benefits { type } incomeRelations { employer } } svb { aow { startDate } } } }',
        {
          c: withoutCase,
        },
      );
      expect(merged.data).toEqual({ ...a.data, ...b.data });
      // The client without a case: the partner's refusals, at the client's own paths.
      expect(sortedErrors(b).length).toBeGreaterThan(0);
      expect(sortedErrors(merged)).toEqual([...sortedErrors(a), ...sortedErrors(b)].sort());
    });

    it('keep their fragments apart when merged', async () => {
      const query = `query F($b: BSN!, $c: BSN!) { a: client(bsn: $b) { ...U } b: client(bsn: $c) { ...U } }
        fragment U on Client { uwv { benefits { type monthlyAmount } incomeRelations { employer } } }`;
      const merged = await ask(query, { b: withCase, c: withoutCase });
      expect(requestsTo('uwv')).toHaveLength(1);
      const alone = await Promise.all(
        [withCase, withoutCase].map((bsn) =>
          ask('query G($b: BSN!) { client(bsn: $b) { uwv { benefits { type monthlyAmount } incomeRelations { employer } } } }', { b: bsn }),
        ),
      );
      expect(merged.data).toEqual({ a: alone[0]?.data?.client, b: alone[1]?.data?.client });
      expect(merged.errors?.length ?? 0).toBe((alone[0]?.errors?.length ?? 0) + (alone[1]?.errors?.length ?? 0));
    });

    it('send each distinct representation once, and answer every position', async () => {
      const query = 'query L($bsns: [BSN!]!) { clients(bsns: $bsns) { bsn uwv { benefits { type } } } }';
      const response = await ask(query, { bsns: [withoutCase, withCase, withoutCase, withCase, withoutCase] });
      const [request] = requestsTo('uwv');
      expect(requestsTo('uwv')).toHaveLength(1);
      expect(request?.body.variables?.representations).toHaveLength(2);
      const clients = (response.data as { clients: Array<{ bsn: string }> }).clients;
      expect(clients.map((c) => c.bsn)).toEqual([withoutCase, withCase, withoutCase, withCase, withoutCase]);
      expect(clients[2]).toEqual(clients[0]);
      expect(clients[3]).toEqual(clients[1]);
      // Each position carries its own errors, as if every representation had been sent.
      const paths = (response.errors ?? []).map((e) => JSON.stringify(e.path?.slice(0, 2)));
      expect(new Set(paths)).toEqual(new Set(['["clients",0]', '["clients",2]', '["clients",4]']));
    });

    it('are never merged across two client requests', async () => {
      const one = 'query One($b: BSN!) { client(bsn: $b) { uwv { benefits { type } } } }';
      await Promise.all([ask(one, { b: withCase }), ask(one, { b: withoutCase }), ask(one, { b: withCase })]);
      expect(requestsTo('uwv')).toHaveLength(3);
      for (const request of requestsTo('uwv')) expect(request.body.query).not.toContain('_e0');
    });
  });

  it('a subgraph refuses a batch of operations sent straight at it (BAD_REQUEST), answering none', async () => {
    const principal = await gatewayPrincipal(stack, 'uwv');
    const operation = { query: `query { _entities(representations: [{ __typename: "Client", bsn: "${withCase}" }]) { __typename } }` };
    const response = await fetch(stack.subgraphs.uwv.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: principal },
      body: JSON.stringify(Array.from({ length: 50 }, () => operation)),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect([response.status, body.errors?.map((e) => e.extensions?.code)]).toEqual([400, ['BAD_REQUEST']]);
  });
});

describe('a client that goes away', () => {
  let stack: TestStack;
  let uwvRequestArrived: Promise<void>;
  let uwvConnectionClosed: Promise<void>;
  const standIn = createServer((req, res) => {
    // Only GraphQL requests count: the gateway's log hand-over to this witness gets a quick refusal, so it can
    // neither stand in for the request under test nor close a socket of its own.
    if (req.url?.split('?')[0] !== '/graphql') return void res.writeHead(503).end();
    // A uwv that never answers: only the gateway closing the connection ends its request.
    arrived();
    req.socket.once('close', closed);
  });
  let arrived: () => void = () => undefined;
  let closed: () => void = () => undefined;

  beforeAll(async () => {
    uwvRequestArrived = new Promise((resolve) => (arrived = resolve));
    uwvConnectionClosed = new Promise((resolve) => (closed = resolve));
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const uwv = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`;
    stack = await startStack({ seedClients: 5, gateway: { subgraphUrls: { uwv } } });
  });
  afterAll(async () => {
    await stack?.stop();
    await new Promise<void>((resolve) => standIn.close(() => resolve()));
  });

  it('takes its subgraph requests with it', async () => {
    const client = new AbortController();
    const query = `query A { client(bsn: "${withCase}") { uwv { benefits { type } } } }`;
    const asked = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token()}`, 'x-processing-activity': activity },
      body: JSON.stringify({ query }),
      signal: client.signal,
    }).catch(() => 'gone');
    await uwvRequestArrived;
    client.abort();
    expect(await asked).toBe('gone');
    // The gateway closed its request to uwv long before its timeout, because nobody waits for the answer.
    await uwvConnectionClosed;
  });
});
