/**
 * What clients see of an error: its message and location, and only allow-listed extensions, so that neither a
 * stack trace nor a subgraph's URL, nor anything else a library attaches, leaves the server. Errors without one of
 * our stable codes are unexpected: they are logged (without personal data) and masked.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, isErrorCode } from './errors';

/** Extensions a client may see; everything else is dropped. */
const PUBLIC_EXTENSIONS = ['code', 'serviceName', 'paths', 'expectedVersion', 'currentVersion', 'partner', 'activity', 'reason'] as const;

function publicExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of PUBLIC_EXTENSIONS) if (extensions[key] !== undefined) kept[key] = extensions[key];
  return kept;
}

export function createErrorFormatter(log: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions: publicExtensions(formatted.extensions ?? {}) };
    }
    const original = unwrapResolverError(error);
    log.error(
      { err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original), path: formatted.path },
      'unexpected error, masked for the client',
    );
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Internal error. It has been logged; please try again or contact the intermediary.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}
