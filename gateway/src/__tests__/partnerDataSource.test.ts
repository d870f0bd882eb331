/** Fail closed: if the request's ASKED audit record cannot be written, no partner is asked. */
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GraphQLError } from 'graphql';
import { type GatewayContext } from '../context';
import { PartnerDataSource } from '../partnerDataSource';
import { gatewayContext, PARTNER } from '../plugins/__tests__/support/requestContext';

let server: Server;
let fetches = 0;
let url = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    fetches += 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function incoming(context: GatewayContext): GraphQLDataSourceProcessOptions<GatewayContext> {
  // The union member @apollo/gateway passes for a client's operation; only the fields the data source reads.
  return {
    incomingRequestContext: { operationName: 'Dossier' },
    context,
    request: { query: '{ ok }' },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('partner data source', () => {
  it('records ASKED before it asks the partner', async () => {
    const source = new PartnerDataSource({ name: 'uwv', url, timeoutMs: 2_000, rolesSubgraph: 'regie' });
    const asked: (string | null)[] = [];
    const context = gatewayContext(PARTNER, undefined, {
      recordAsked: async (name) => void asked.push(name),
      recordAnswered: () => Promise.resolve(),
    });
    await expect(source.process(incoming(context))).resolves.toEqual({ data: { ok: true }, errors: undefined });
    expect([asked, fetches]).toEqual([['Dossier'], 1]);
    await source.close();
  });

  it('asks no partner when the record cannot be written (LOG_UNAVAILABLE)', async () => {
    const source = new PartnerDataSource({ name: 'uwv', url, timeoutMs: 2_000, rolesSubgraph: 'regie' });
    const before = fetches;
    const context = gatewayContext(PARTNER, undefined, {
      recordAsked: () => Promise.reject(new Error('store down')),
      recordAnswered: () => Promise.resolve(),
    });
    const error = await source.process(incoming(context)).catch((e: unknown) => e);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'LOG_UNAVAILABLE' });
    expect(fetches).toBe(before);
    await source.close();
  });
});
