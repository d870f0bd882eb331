/**
 * Issue 14, item 2: a role-lookup principal is worth nothing beyond the fetch that carried it. A partner that
 * keeps the one the gateway sent it (here: a recording proxy in front of uwv, as a curious partner would) cannot
 * replay it at regie for other clients, nor can another partner present it, nor anyone without the partner's
 * proof, nor anyone once it has expired. Every refusal is ROLE_LOOKUP_REFUSED with a reason, and leaves a log
 * line without personal data. The normal dossier, with every partner's checks, still works.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { request } from 'undici';
import { captureLogs, PARTNER_PROOF_HEADER, PRINCIPAL_HEADER, ROLES_PRINCIPAL_HEADER } from '../common';
import { demoBsns, ROLES_PATH } from '../partner-kit';
import { IntakeViewDocument } from '../client/__generated__/graphql';
import { grantCases, oinOf } from './support/chain';
import { errorCodes, execute, postGraphQL, type GraphQLResponse } from './support/graphql';
import { gatewayPrincipal, gatewayRolesPrincipal, partnerProof, startStack, STORE_KINDS, type TestStack } from './support/stack';

/**
 * A partner that keeps the headers of every fetch the gateway sends it, and passes the fetch on, to the same path, to
 * the partner at `target()` (503 while there is none yet: the gateway hands its log head over while the stack starts).
 */
async function startRecordingProxy(
  target: () => string | undefined,
): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      );
      const partner = target();
      if (partner === undefined) return void res.writeHead(503).end();
      request(new URL(req.url ?? '/', partner), { method: 'POST', headers: headers as Record<string, string>, body: Buffer.concat(chunks) })
        .then(async (answer) =>
          res.writeHead(answer.statusCode, { 'content-type': 'application/json' }).end(Buffer.from(await answer.body.arrayBuffer())),
        )
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen, server };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe.each(STORE_KINDS)('role-lookup principals are bound to one fetch and one partner (%s)', (store) => {
  let stack: TestStack;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  // The demo client, whom every partner knows, and 1,000 others.
  const [withRole = '', ...others] = demoBsns(1001);
  const schuldhulp = oinOf('schuldhulp');
  const intake = { activity: 'schuldhulp-intake' };
  const rolesUrl = () => new URL(ROLES_PATH, stack.subgraphs.regie.url).toString();
  /** The replay of a partner: 1,000 BSNs it has no business asking about. */
  const lookUp = (headers: Record<string, string>) => postGraphQL(rolesUrl(), { bsns: others }, { headers });
  const refusal = (response: GraphQLResponse<unknown>) => ({
    status: response.status,
    codes: errorCodes(response),
    reason: response.errors?.[0]?.extensions?.reason,
  });

  beforeAll(async () => {
    proxy = await startRecordingProxy(() => (stack as TestStack | undefined)?.subgraphs.uwv.url);
    // The lookups that still happen: partners ask regie on every request here (no role-change stream, no kept roles).
    stack = await startStack({ store, seedClients: 20, rolesStream: false, gateway: { subgraphUrls: { uwv: proxy.url } } });
    await grantCases(stack, 'schuldhulp', [withRole]);
  });
  afterAll(async () => {
    await stack?.stop();
    proxy?.server.close();
  });

  /** schuldhulp's dossier of its client through the gateway; returns the role-lookup principal uwv was sent. */
  async function dossier(): Promise<string> {
    const before = proxy.seen.length;
    const answer = await execute(
      stack.gatewayUrl,
      IntakeViewDocument,
      { bsn: withRole },
      { token: await stack.token({ org: schuldhulp }), ...intake },
    );
    expect(errorCodes(answer)).toEqual([]);
    expect(answer.data?.client.uwv).toBeTruthy();
    // The fetches of this request (the gateway's health checks carry no principal).
    const captured = proxy.seen.slice(before).flatMap((headers) => headers[ROLES_PRINCIPAL_HEADER] ?? []);
    expect(captured).toHaveLength(1);
    return String(captured[0]);
  }

  it("still serves the dossier, with every partner's checks, and sends uwv a principal for uwv and this fetch only", async () => {
    const first = await dossier();
    const second = await dossier();
    const [a, b] = [claimsOf(first), claimsOf(second)];
    expect(a).toMatchObject({ aud: 'regie#rolesOf', azp: 'uwv', org: schuldhulp });
    expect(typeof a.jti).toBe('string');
    expect(b.jti).not.toBe(a.jti);
    // As long as the gateway waits for the fetch (the stack: 15 s), not a minute.
    expect(Number(a.exp) - Number(a.iat)).toBeLessThanOrEqual(16);
  });

  it("refuses the captured principal replayed at regie for 1,000 other clients, also with uwv's own proof", async () => {
    const captured = await dossier();
    const replay = await lookUp({ [PRINCIPAL_HEADER]: captured, [PARTNER_PROOF_HEADER]: await partnerProof(stack, captured, 'uwv') });
    expect(refusal(replay)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'REPLAYED' });
    expect(replay.data ?? null).toBeNull();
    // ... and at regie's GraphQL door to the same lookup.
    const viaGraphQL = await postGraphQL(
      stack.subgraphs.regie.url,
      {
        query: 'query($org: OIN!, $bsns: [BSN!]!) { rolesOf(org: $org, bsns: $bsns) { bsn } }',
        variables: { org: schuldhulp, bsns: others.slice(0, 10) },
      },
      { headers: { [PRINCIPAL_HEADER]: captured, [PARTNER_PROOF_HEADER]: await partnerProof(stack, captured, 'uwv') } },
    );
    expect(refusal(viaGraphQL)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'REPLAYED' });
  });

  it('answers a principal once, and refuses its second use', async () => {
    const principal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp });
    const headers = { [PRINCIPAL_HEADER]: principal, [PARTNER_PROOF_HEADER]: await partnerProof(stack, principal, 'uwv') };
    const first = await postGraphQL<{ rolesOf: unknown[] }>(rolesUrl(), { bsns: [withRole] }, { headers });
    expect(first.status).toBe(200);
    expect(refusal(await lookUp(headers))).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'REPLAYED' });
  });

  it("refuses uwv's principal presented with gemeente's key, whether gemeente signs as itself or as uwv", async () => {
    const principal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp });
    const asItself = await lookUp({
      [PRINCIPAL_HEADER]: principal,
      [PARTNER_PROOF_HEADER]: await partnerProof(stack, principal, 'gemeente'),
    });
    expect(refusal(asItself)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'WRONG_PARTNER' });
    const asUwv = await lookUp({
      [PRINCIPAL_HEADER]: principal,
      [PARTNER_PROOF_HEADER]: await partnerProof(stack, principal, 'uwv', 'gemeente'),
    });
    expect(refusal(asUwv)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'BAD_PROOF' });
  });

  it("refuses a principal without the partner's proof, or with a proof made for another principal", async () => {
    const principal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp });
    expect(refusal(await lookUp({ [PRINCIPAL_HEADER]: principal }))).toEqual({
      status: 403,
      codes: ['ROLE_LOOKUP_REFUSED'],
      reason: 'NO_PROOF',
    });
    const otherPrincipal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp });
    const borrowed = await lookUp({
      [PRINCIPAL_HEADER]: principal,
      [PARTNER_PROOF_HEADER]: await partnerProof(stack, otherPrincipal, 'uwv'),
    });
    expect(refusal(borrowed)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'BAD_PROOF' });
  });

  it('refuses an expired principal', async () => {
    const principal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp }, Date.now() - 60_000);
    const response = await lookUp({ [PRINCIPAL_HEADER]: principal, [PARTNER_PROOF_HEADER]: await partnerProof(stack, principal, 'uwv') });
    expect(refusal(response)).toEqual({ status: 403, codes: ['ROLE_LOOKUP_REFUSED'], reason: 'EXPIRED' });
  });

  it('refuses, at a partner, a role-lookup principal issued for another partner', async () => {
    const headers = {
      [PRINCIPAL_HEADER]: await gatewayPrincipal(stack, 'svb', { org: schuldhulp }),
      [ROLES_PRINCIPAL_HEADER]: await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp }),
    };
    const response = await postGraphQL(stack.subgraphs.svb.url, { query: '{ _service { sdl } }' }, { headers });
    expect({ status: response.status, codes: errorCodes(response) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });

  it('logs each refusal with its reason, the partners and the request id, and no BSN', async () => {
    const logs = captureLogs('warn');
    try {
      const principal = await gatewayRolesPrincipal(stack, 'uwv', { org: schuldhulp });
      await lookUp({ [PRINCIPAL_HEADER]: principal, [PARTNER_PROOF_HEADER]: await partnerProof(stack, principal, 'gemeente') });
      const lines = logs.lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.msg === 'role lookup refused');
      expect(lines).toEqual([
        expect.objectContaining({
          reason: 'WRONG_PARTNER',
          partner: 'uwv',
          presentedBy: 'gemeente',
          org: schuldhulp,
          requestId: claimsOf(principal).jti,
        }),
      ]);
      expect(logs.lines.join('\n')).not.toMatch(/\b\d{9}\b/);
    } finally {
      logs.stop();
    }
  });
});
