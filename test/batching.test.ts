/**
 * Batching: 500 clients through the gateway cost each subgraph one SQL query per table it reads, not one per
 * client, and regie one role lookup per partner subgraph; the processing log adds one transaction of a fixed
 * number of statements, however many clients it records (at regie, one per lookup, or fewer when concurrent lookups
 * share one). The stores count every statement they execute.
 */
import { demoBsns } from '../partner-kit';
import { ClientsOverviewDocument } from '../client/__generated__/graphql';
import { grantCases } from './support/chain';
import { execute } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

/** Tables each subgraph reads for the ClientsOverview operation: the client register plus one per section read. */
const EXPECTED_QUERIES = {
  regie: 4, // one role lookup (rolesOf) per partner subgraph for all 500 clients; none from gemeente, which owns its data
  gemeente: 2, // client, debt_help
  uwv: 2, // client, benefit
  svb: 2, // client, aow
  toeslagen: 2, // client, allowance
  woningcorporatie: 3, // client, rent_arrears, collection_step
} as const;

/** The subgraphs that disclose personal data in ClientsOverview, and so write to their processing log. */
const LOGGING = new Set(['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie']);

describe.each(STORE_KINDS)('batching (%s)', (store) => {
  /**
   * One group commit of a log that knows its head (it wrote before): on PostgreSQL one statement that moves the head
   * and inserts the 500 records; on SQLite begin, move the head, insert, commit.
   */
  const LOG_WRITE_STATEMENTS = store === 'postgres' ? 1 : 4;
  let stack: TestStack;

  beforeAll(async () => {
    // Counts each request's queries, role lookups included: partners ask regie every time (no role-change stream).
    stack = await startStack({ store, seedClients: 600, rolesStream: false });
    await grantCases(stack, 'gemeente', demoBsns(500).slice(1));
    // A cold chain (JIT, first statements) can take seconds on a busy machine; counting starts once it is warm.
    await execute(stack.gatewayUrl, ClientsOverviewDocument, { bsns: demoBsns(500) }, { token: await stack.token() });
  });
  afterAll(() => stack?.stop());

  it('answers 500 clients with one SQL query per table per subgraph', async () => {
    const bsns = demoBsns(500);
    const before = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.store.queryCount()]));
    const response = await execute(stack.gatewayUrl, ClientsOverviewDocument, { bsns }, { token: await stack.token() });
    expect(response.errors).toBeUndefined();
    expect(response.data?.clients).toHaveLength(500);
    expect(response.data?.clients.filter((c) => c.uwv?.benefits).length).toBeGreaterThan(100);
    expect(response.data?.clients.map((c) => c.bsn)).toEqual(bsns);
    const executed = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.store.queryCount() - (before[s.name] ?? 0)]));
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_QUERIES).map(([name, reads]) => [name, reads + (LOGGING.has(name) ? LOG_WRITE_STATEMENTS : 0)]),
    );
    // regie logs each partner's lookup of 500 clients: one log transaction each at most, however many clients
    // (concurrent lookups may share one, which then inserts their records in several statements).
    const regieLogWrites = (executed.regie ?? 0) - EXPECTED_QUERIES.regie;
    expect(regieLogWrites).toBeGreaterThanOrEqual(LOG_WRITE_STATEMENTS);
    expect(regieLogWrites).toBeLessThanOrEqual(EXPECTED_QUERIES.regie * LOG_WRITE_STATEMENTS);
    expect({ ...executed, regie: EXPECTED_QUERIES.regie }).toEqual(expected);
  });

  it('found data for many clients in that batch (the queries were not empty)', async () => {
    const response = await execute(stack.gatewayUrl, ClientsOverviewDocument, { bsns: demoBsns(500) }, { token: await stack.token() });
    const known = response.data?.clients.filter((c) => c.uwv !== null).length ?? 0;
    expect(known).toBeGreaterThan(150);
    expect(known).toBeLessThan(500);
  });
});
