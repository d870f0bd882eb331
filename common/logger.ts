/**
 * Application logging (pino). Never log personal data: no BSNs, names, amounts or variables of operations.
 */
import pino, { type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino';

const defaultLevel = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
if (!Object.hasOwn(pino.levels.values, defaultLevel) && defaultLevel !== 'silent') {
  throw new Error(`LOG_LEVEL must be one of ${[...Object.keys(pino.levels.values), 'silent'].join(', ')}, got "${defaultLevel}"`);
}

const options: LoggerOptions = {
  level: defaultLevel,
  base: undefined,
  redact: { paths: ['bsn', '*.bsn', 'variables', '*.variables', 'authorization', '*.authorization'], censor: '[redacted]' },
};

export const rootLogger: Logger = pino(options);

/** Set while a test captures log output (see captureLogs). */
let capturing: Logger | undefined;

/** Set for the test suite (test/support/suiteLog.ts): every line also goes to a file the suite's teardown searches. */
let suiteFile: DestinationStream | undefined;
let suiteLogger: Logger | undefined;

export function loggerFor(component: string): Logger {
  return (capturing ?? suiteLogger ?? rootLogger).child({ component });
}

/**
 * For the test suite: loggers created from now on write their lines (at `level`, redacted as always) to `file`
 * instead of standard output, so that whatever any test makes a server log can be searched for personal data.
 */
export function logSuiteToFile(file: string, level: Level = 'debug'): void {
  suiteFile = pino.destination({ dest: file, sync: true });
  suiteLogger = pino({ ...options, level }, suiteFile);
}

export interface CapturedLogs {
  /** Every line written so far, as pino wrote it (one JSON object each). */
  lines: string[];
  stop(): void;
}

/**
 * For tests that check what a server logs: loggers created from now on (with `loggerFor`) write their lines to
 * `lines`, at `level`, redacted as always, instead of to standard output; until `stop()`. A server creates its
 * loggers when it starts, so start it after this.
 */
export function captureLogs(level: Level = 'info'): CapturedLogs {
  const lines: string[] = [];
  capturing = pino(
    { ...options, level },
    {
      write: (line: string) => {
        lines.push(line);
        suiteFile?.write(line);
      },
    },
  );
  return {
    lines,
    stop() {
      capturing = undefined;
    },
  };
}
