import { GraphQLError } from 'graphql';
import pino from 'pino';
import { createErrorFormatter } from '../formatError';

describe('what clients see of an error', () => {
  const logged: unknown[] = [];
  const log = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  const format = createErrorFormatter(log);

  beforeEach(() => logged.splice(0));

  it('keeps a known code and message, and drops every extension not on the allow-list', () => {
    const formatted = format(
      {
        message: 'Not a valid BSN',
        path: ['client'],
        extensions: {
          code: 'INVALID_BSN',
          stacktrace: ['at x'],
          exception: { secret: 1 },
          response: { url: 'http://10.0.0.1' },
          serviceName: 'uwv',
        },
      },
      new GraphQLError('Not a valid BSN'),
    );
    expect(formatted).toEqual({ message: 'Not a valid BSN', path: ['client'], extensions: { code: 'INVALID_BSN', serviceName: 'uwv' } });
    expect(logged).toHaveLength(0);
  });

  it('masks an unexpected error and logs it server-side', () => {
    const formatted = format(
      {
        message: 'connect ECONNREFUSED 10.1.2.3:5432',
        path: ['client', 'uwv'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] },
      },
      new Error('connect ECONNREFUSED 10.1.2.3:5432'),
    );
    expect(formatted.message).not.toMatch(/ECONNREFUSED|10\.1/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.path).toEqual(['client', 'uwv']);
    expect(logged).toHaveLength(1);
  });

  it("names the partner and PARTNER_ERROR for a subgraph's unexpected error, and sends nothing else of it", () => {
    const fromSubgraph = {
      message: 'SQLITE_ERROR: no such column "bsn" in select * from benefit where bsn = ? (db at http://10.1.2.3:5432)',
      path: ['_entities', 0, 'uwv'],
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', exception: { stacktrace: ['at Database.prepare (sqlite.js:1)'] }, sql: 'select 1' },
    };
    const error = new GraphQLError(fromSubgraph.message, {
      path: ['client', 'uwv'],
      originalError: fromSubgraph as unknown as Error,
      extensions: { ...fromSubgraph.extensions, serviceName: 'uwv' },
    });
    const formatted = format({ message: error.message, path: error.path, extensions: error.extensions }, error);

    expect(formatted).toEqual({
      message: expect.stringContaining('The partner "uwv" could not answer this part'),
      path: ['client', 'uwv'],
      extensions: { code: 'PARTNER_ERROR', serviceName: 'uwv' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SQL|select|10\.1\.2\.3|stacktrace|sqlite/i);
    expect(logged).toEqual([
      expect.objectContaining({
        msg: "a partner subgraph's unexpected error, sent as PARTNER_ERROR",
        error: { message: fromSubgraph.message },
        code: 'DOWNSTREAM_SERVICE_ERROR',
        path: ['client', 'uwv'],
        subgraphPath: ['_entities', 0, 'uwv'],
        serviceName: 'uwv',
      }),
    ]);
  });

  it("keeps a partner's own stable code, such as FORBIDDEN, with its message", () => {
    const formatted = format(
      {
        message: 'Only the lead may assign roles',
        path: ['assignRole'],
        extensions: { code: 'FORBIDDEN', serviceName: 'regie', trace: 'x' },
      },
      new GraphQLError('Only the lead may assign roles'),
    );
    expect(formatted).toEqual({
      message: 'Only the lead may assign roles',
      path: ['assignRole'],
      extensions: { code: 'FORBIDDEN', serviceName: 'regie' },
    });
    expect(logged).toHaveLength(0);
  });

  it("logs a subgraph's error as the gateway received it: message, code, paths and service, without BSNs", () => {
    // Apollo Gateway keeps the subgraph's formatted error (a plain object, not an Error) as the original error.
    const fromSubgraph = {
      message: 'no benefit row for 111222333 (code 1234567890)',
      path: ['_entities', 0, 'benefits'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const error = new GraphQLError(fromSubgraph.message, {
      path: ['client', 'uwv', 'benefits'],
      originalError: fromSubgraph as unknown as Error,
      extensions: { ...fromSubgraph.extensions, serviceName: 'uwv' },
    });
    const formatted = format({ message: error.message, path: error.path, extensions: error.extensions }, error);

    expect(formatted).toEqual({
      message: expect.stringContaining('The partner "uwv" could not answer this part'),
      path: ['client', 'uwv', 'benefits'],
      extensions: { code: 'PARTNER_ERROR', serviceName: 'uwv' },
    });
    expect(logged).toEqual([
      expect.objectContaining({
        msg: "a partner subgraph's unexpected error, sent as PARTNER_ERROR",
        error: expect.objectContaining({ message: 'no benefit row for [9 digits] (code 1234567890)' }),
        code: 'INTERNAL_SERVER_ERROR',
        path: ['client', 'uwv', 'benefits'],
        serviceName: 'uwv',
        subgraphPath: ['_entities', 0, 'benefits'],
      }),
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/\[object Object\]|111222333/);
  });

  it("scrubs 9-digit numbers from a local error's message and stack, and from the client's path", () => {
    const error = new Error('lookup failed for 111222333');
    format({ message: error.message, path: ['client', 'b111222333', 'uwv'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(logged).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ name: 'Error', message: 'lookup failed for [9 digits]' }),
        code: 'INTERNAL_SERVER_ERROR',
        path: ['client', 'b[9 digits]', 'uwv'],
      }),
    ]);
    expect(JSON.stringify(logged)).not.toContain('111222333');
  });

  it('logs a bounded message when a subgraph sends a very long one', () => {
    const fromSubgraph = { message: 'x'.repeat(100_000), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    const error = new GraphQLError(fromSubgraph.message, {
      path: ['client'],
      originalError: fromSubgraph as unknown as Error,
      extensions: { serviceName: 'svb' },
    });
    format({ message: error.message, path: error.path, extensions: error.extensions }, error);
    expect(JSON.stringify(logged).length).toBeLessThan(2_000);
  });

  it('masks an error with a code that is not ours', () => {
    const formatted = format({ message: 'odd', extensions: { code: 'SOMETHING_ELSE' } }, new GraphQLError('odd'));
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).not.toBe('odd');
  });
});
