/**
 * An unexpected error in a subgraph reaches the client as PARTNER_ERROR naming the partner, and nothing else of it;
 * the gateway's log says what went wrong where (the subgraph's message and code, the path, the service), and the
 * subgraph's log holds the cause, so an operator can act on it, without personal data.
 */
import { sql } from 'kysely';
import { type CapturedLogs, captureLogs } from '../common';
import { demoBsns } from '../partner-kit';
import { postGraphQL } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

/** What uwv's own subgraph sends the gateway instead of its unexpected error. */
const MASKED_BY_UWV = 'Internal error. It has been logged; please try again or contact the intermediary.';

describe("a partner subgraph's unexpected error, at the client and in the logs", () => {
  let logs: CapturedLogs;
  let stack: TestStack;
  const [demoBsn = ''] = demoBsns(1);

  beforeAll(async () => {
    logs = captureLogs('info');
    stack = await startStack({ seedClients: 50 });
    // A broken store, as a failed migration would leave it: UWV's benefits query now throws a plain SqliteError.
    await sql`drop table benefit`.execute(stack.subgraphs.uwv.store.db);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    logs?.stop();
  });

  function logged(component: string): Record<string, unknown>[] {
    return logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.component === component);
  }

  it("names the subgraph's message, code, path and service, and no BSN", async () => {
    const query = `query Benefits($bsn: BSN!) { client(bsn: $bsn) { bsn uwv { benefits { type } } } }`;
    const response = await postGraphQL<unknown>(
      stack.gatewayUrl,
      { query, variables: { bsn: demoBsn } },
      { token: await stack.token(), activity: 'schuldhulp-intake' },
    );

    // The client sees which partner failed, where, and a stable code; nothing of the cause.
    expect(response.errors).toEqual([
      {
        message: expect.stringContaining('The partner "uwv" could not answer this part'),
        path: ['client', 'uwv', 'benefits'],
        extensions: { code: 'PARTNER_ERROR', serviceName: 'uwv' },
      },
    ]);
    expect(JSON.stringify(response.errors)).not.toMatch(/benefit\b|sqlite|no such table/i);

    // The gateway logs what the subgraph said, where.
    const passedOn = logged('gateway').filter((entry) => entry.msg === "a partner subgraph's unexpected error, sent as PARTNER_ERROR");
    expect(passedOn).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ message: MASKED_BY_UWV }),
        code: 'INTERNAL_SERVER_ERROR',
        path: ['client', 'uwv', 'benefits'],
        subgraphPath: ['_entities', 0, 'uwv', 'benefits'],
        serviceName: 'uwv',
      }),
    ]);
    // The subgraph logs the cause itself; the service name and path lead the operator there.
    expect(logged('subgraph:uwv')).toContainEqual(
      expect.objectContaining({
        msg: 'unexpected error, masked for the client',
        error: expect.objectContaining({ message: expect.stringContaining('no such table: benefit') }),
      }),
    );
    const everything = logs.lines.join('');
    expect(everything).not.toContain('[object Object]');
    expect(everything).not.toContain(demoBsn);
  });
});
