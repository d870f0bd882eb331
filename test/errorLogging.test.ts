/**
 * An unexpected error in a subgraph reaches the client masked, and the gateway's log says what went wrong where
 * (the subgraph's message and code, the path, the service), so an operator can act on it, without personal data.
 */
import { sql } from 'kysely';
import { type CapturedLogs, captureLogs } from '../common';
import { demoBsns } from '../partner-kit';
import { postGraphQL } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const MASKED = 'Internal error. It has been logged; please try again or contact the intermediary.';

describe('a masked subgraph error in the gateway log', () => {
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

    // The client sees only the masked message, the code and the service.
    expect(response.errors).toEqual([
      { message: MASKED, path: ['client', 'uwv', 'benefits'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'uwv' } },
    ]);

    // The gateway logs what the subgraph said, where.
    const masked = logged('gateway').filter((entry) => entry.msg === 'unexpected error, masked for the client');
    expect(masked).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ message: MASKED }),
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
