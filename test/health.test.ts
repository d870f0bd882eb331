/** Health endpoints and what a client sees when a partner is down. */
import { demoBsns } from '../partner-kit';
import { DossierDocument } from '../client/__generated__/graphql';
import { errorCodes, execute } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

describe('health and partner outages', () => {
  let stack: TestStack;
  const origin = () => new URL(stack.gatewayUrl).origin;

  beforeAll(async () => {
    stack = await startStack({ seedClients: 20 });
  });
  afterAll(() => stack?.stop());

  it('is live and ready when every subgraph answers', async () => {
    expect((await fetch(`${origin()}/health/live`)).status).toBe(200);
    const ready = await fetch(`${origin()}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const partners = await fetch(`${origin()}/health/partners`);
    expect(partners.status).toBe(200);
    expect(await partners.json()).toEqual({ status: 'all ready', notReady: [] });
  });

  it('every subgraph reports its own readiness', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      expect((await fetch(new URL('/health/ready', subgraph.url))).status).toBe(200);
    }
  });

  it('serves no landing page, and a malformed request gets a clean error without a stack trace', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/cdn|apollographql\.com|<script/i);
    const malformed = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const text = await malformed.text();
    expect(text).toMatch(/BAD_REQUEST/);
    expect(text).not.toMatch(/\bat \w+ \(|node_modules|stack/i);
  });

  it('with a partner down: still ready (the others still answer), the partner reported, its section null with PARTNER_UNAVAILABLE, naming no address', async () => {
    await stack.subgraphs.svb.stop();
    // One partner's outage must not take every gateway replica out of the load balancer.
    expect((await fetch(`${origin()}/health/ready`)).status).toBe(200);
    const partners = await fetch(`${origin()}/health/partners`);
    expect(partners.status).toBe(503);
    expect(await partners.json()).toEqual({ status: 'degraded', notReady: ['svb'] });

    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsns(1)[0] ?? '' }, { token: await stack.token() });
    expect(response.status).toBe(200);
    expect(response.data?.client.svb ?? null).toBeNull();
    expect(response.data?.client.uwv?.benefits?.length).toBeGreaterThan(0);
    expect(errorCodes(response)).toEqual(['PARTNER_UNAVAILABLE']);
    expect(response.errors?.[0]?.extensions?.serviceName).toBe('svb');
    expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  });
});
