/**
 * Application logging (pino). Never log personal data: no BSNs, names, amounts or variables of operations.
 */
import pino, { type Logger } from 'pino';

const defaultLevel = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
if (!Object.hasOwn(pino.levels.values, defaultLevel) && defaultLevel !== 'silent') {
  throw new Error(`LOG_LEVEL must be one of ${[...Object.keys(pino.levels.values), 'silent'].join(', ')}, got "${defaultLevel}"`);
}

export const rootLogger: Logger = pino({
  level: defaultLevel,
  base: undefined,
  redact: { paths: ['bsn', '*.bsn', 'variables', '*.variables', 'authorization', '*.authorization'], censor: '[redacted]' },
});

export function loggerFor(component: string): Logger {
  return rootLogger.child({ component });
}
