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
        extensions: { code: 'INVALID_BSN', stacktrace: ['at x'], exception: { secret: 1 }, response: { url: 'http://10.0.0.1' }, serviceName: 'uwv' },
      },
      new GraphQLError('Not a valid BSN'),
    );
    expect(formatted).toEqual({ message: 'Not a valid BSN', path: ['client'], extensions: { code: 'INVALID_BSN', serviceName: 'uwv' } });
    expect(logged).toHaveLength(0);
  });

  it('masks an unexpected error and logs it server-side', () => {
    const formatted = format(
      { message: 'connect ECONNREFUSED 10.1.2.3:5432', path: ['client', 'uwv'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] } },
      new Error('connect ECONNREFUSED 10.1.2.3:5432'),
    );
    expect(formatted.message).not.toMatch(/ECONNREFUSED|10\.1/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.path).toEqual(['client', 'uwv']);
    expect(logged).toHaveLength(1);
  });

  it('masks an error with a code that is not ours', () => {
    const formatted = format({ message: 'odd', extensions: { code: 'SOMETHING_ELSE' } }, new GraphQLError('odd'));
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).not.toBe('odd');
  });
});
