import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import pino from 'pino';
import { ErrorCode, ketenError } from '../../../../common';
import { type GatewayContext } from '../../context';
import { circuitBreakingDataSource } from '../circuitBreakingDataSource';
import { PartnerCircuit } from '../partnerCircuit';

/** A subgraph's data source whose next answers the test decides; it counts what it was asked. */
class ScriptedSource implements GraphQLDataSource<GatewayContext> {
  asked = 0;
  last: GraphQLDataSourceProcessOptions<GatewayContext> | undefined;
  next: () => Promise<GatewayGraphQLResponse> = () => Promise.resolve({ data: {} });

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    this.asked++;
    this.last = options;
    return this.next();
  }
}

const unavailable = () => Promise.reject(ketenError(ErrorCode.PARTNER_UNAVAILABLE, 'did not answer', { details: { serviceName: 'uwv' } }));
const fromClient = { incomingRequestContext: {}, request: {}, context: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
const healthCheck = { request: {}, context: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
const COOL_DOWN_MS = 10_000;

describe("a partner's circuit breaker around its data source", () => {
  let source: ScriptedSource;
  let guarded: GraphQLDataSource<GatewayContext>;

  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
    source = new ScriptedSource();
    guarded = circuitBreakingDataSource(
      new PartnerCircuit('uwv', { failuresToOpen: 3, coolDownMs: COOL_DOWN_MS }, pino({ level: 'silent' })),
      source,
    );
  });
  afterEach(() => jest.useRealTimers());

  async function failures(count: number): Promise<void> {
    source.next = unavailable;
    for (let i = 0; i < count; i++)
      await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'PARTNER_UNAVAILABLE' } });
  }

  it('opens after failures in a row, then answers PARTNER_UNAVAILABLE naming the partner without asking it', async () => {
    await failures(3);
    expect(source.asked).toBe(3);
    await expect(guarded.process(fromClient)).rejects.toMatchObject({
      message: expect.stringContaining('"uwv" failed repeatedly'),
      extensions: { code: 'PARTNER_UNAVAILABLE', serviceName: 'uwv' },
    });
    expect(source.asked).toBe(3);
  });

  it("counts neither answers with GraphQL errors nor a failure of the gateway's own audit log, and an answer resets the count", async () => {
    await failures(2);
    source.next = () => Promise.resolve({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    await guarded.process(fromClient);
    await failures(2);
    source.next = () => Promise.reject(ketenError(ErrorCode.LOG_UNAVAILABLE, 'audit log down'));
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'LOG_UNAVAILABLE' } });
    // Two failures, then the audit log's: still closed, so the partner is asked.
    source.next = () => Promise.resolve({ data: {} });
    await expect(guarded.process(fromClient)).resolves.toEqual({ data: {} });
    expect(source.asked).toBe(7);
  });

  it('lets health checks and schema loading through while open, without counting them', async () => {
    await failures(3);
    source.next = () => Promise.resolve({ data: { ok: true } });
    await expect(guarded.process(healthCheck)).resolves.toEqual({ data: { ok: true } });
    // Still open for clients: the health check did not close it.
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'PARTNER_UNAVAILABLE' } });
    expect(source.asked).toBe(4);
  });

  it('after the cool-down, one probe: the others are answered at once; its success closes the circuit', async () => {
    await failures(3);
    jest.setSystemTime(COOL_DOWN_MS + 1);
    let answer: (response: GatewayGraphQLResponse) => void = () => undefined;
    source.next = () => new Promise((resolve) => (answer = resolve));
    const probe = guarded.process(fromClient);
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'PARTNER_UNAVAILABLE' } });
    expect(source.asked).toBe(4);
    answer({ data: { probe: true } });
    await expect(probe).resolves.toEqual({ data: { probe: true } });
    source.next = () => Promise.resolve({ data: {} });
    await expect(guarded.process(fromClient)).resolves.toEqual({ data: {} });
  });

  it('after the cool-down, a failed probe opens the circuit for another cool-down', async () => {
    await failures(3);
    jest.setSystemTime(COOL_DOWN_MS + 1);
    await failures(1);
    expect(source.asked).toBe(4);
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'PARTNER_UNAVAILABLE' } });
    expect(source.asked).toBe(4);
  });

  it("keeps the circuit open when a probe ends without the partner's verdict, passing the cause on", async () => {
    await failures(3);
    jest.setSystemTime(COOL_DOWN_MS + 1);
    source.next = () => Promise.reject(ketenError(ErrorCode.LOG_UNAVAILABLE, 'audit log down'));
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'LOG_UNAVAILABLE' } });
    source.next = () => Promise.resolve({ data: {} });
    await expect(guarded.process(fromClient)).rejects.toMatchObject({ extensions: { code: 'PARTNER_UNAVAILABLE' } });
    expect(source.asked).toBe(4);
  });

  it('a probe is not cancelled when its client goes away; other fetches are', async () => {
    const gone = new AbortController();
    gone.abort();
    const leaving = { ...fromClient, context: { clientGone: gone.signal } } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    await guarded.process(leaving);
    expect(source.last?.context.clientGone.aborted).toBe(true);
    await failures(3);
    jest.setSystemTime(COOL_DOWN_MS + 1);
    source.next = () => Promise.resolve({ data: {} });
    await expect(guarded.process(leaving)).resolves.toEqual({ data: {} });
    expect(source.last?.context.clientGone.aborted).toBe(false);
    await expect(guarded.process(fromClient)).resolves.toEqual({ data: {} });
  });
});
