/**
 * What clients see of an error: its message and location, and only allow-listed extensions, so that neither a
 * stack trace nor a subgraph's URL, nor anything else a library attaches, leaves the server. Errors without one of
 * our stable codes are unexpected: they are logged (without personal data) and masked. A subgraph's such error
 * (Apollo Gateway names its subgraph in `extensions.serviceName`) becomes PARTNER_ERROR, naming that partner.
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

/** Longest message logged; a subgraph's message is the subgraph's to choose and could be of any length. */
const MAX_LOGGED_MESSAGE = 1_000;

/**
 * Messages are written without personal data, but one slip (or another partner's subgraph) could put a BSN in
 * a message, an alias or a stack: every run of exactly nine digits is replaced before it is logged.
 */
function scrub(text: string): string {
  return text.replace(/(?<!\d)\d{9}(?!\d)/g, '[9 digits]');
}

/** A message or code as it may be logged: scrubbed, and bounded. */
function loggable(text: string): string {
  return scrub(text).slice(0, MAX_LOGGED_MESSAGE);
}

function scrubPath(path: readonly (string | number)[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'string' ? scrub(segment) : segment));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * What an operator needs to act on an unexpected error. A local error is an Error; for a subgraph's error Apollo
 * Gateway keeps the subgraph's formatted error (a plain object: message, path, extensions) as the original.
 */
function describeForLog(original: unknown): { error: Record<string, unknown>; subgraphPath?: (string | number)[] } {
  // graphql-js wraps whatever a resolver threw that is not an Error of this realm (a library's error class from
  // another realm, a thrown object) as NonErrorThrown, keeping the thrown value: describe that value instead.
  if (original instanceof Error && original.name === 'NonErrorThrown' && 'thrownValue' in original && isRecord(original.thrownValue)) {
    return describeForLog(original.thrownValue);
  }
  if (original instanceof Error) {
    const stack = original.stack ? { stack: scrub(original.stack) } : {};
    return { error: { name: original.name, message: loggable(original.message), ...stack } };
  }
  if (isRecord(original)) {
    const { message, path } = original;
    return {
      error: { message: typeof message === 'string' ? loggable(message) : '(no message)' },
      ...(Array.isArray(path)
        ? { subgraphPath: scrubPath(path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number')) }
        : {}),
    };
  }
  return { error: { message: loggable(String(original)) } };
}

/** What the client is told instead of an unexpected error; a partner's is named, ours is not. */
function replacement(serviceName: string | undefined): { message: string; code: ErrorCode } {
  return serviceName === undefined
    ? {
        message: 'Internal error. It has been logged; please try again or contact the intermediary.',
        code: ErrorCode.INTERNAL_SERVER_ERROR,
      }
    : {
        message: `The partner "${serviceName}" could not answer this part: its subgraph failed. It has been logged; please try again or contact the intermediary.`,
        code: ErrorCode.PARTNER_ERROR,
      };
}

export function createErrorFormatter(log: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions: publicExtensions(formatted.extensions ?? {}) };
    }
    const serviceName = typeof formatted.extensions?.serviceName === 'string' ? formatted.extensions.serviceName : undefined;
    const sent = replacement(serviceName);
    log.error(
      {
        ...describeForLog(unwrapResolverError(error)),
        ...(typeof code === 'string' ? { code: loggable(code) } : {}),
        ...(formatted.path ? { path: scrubPath(formatted.path) } : {}),
        ...(serviceName === undefined ? {} : { serviceName }),
      },
      serviceName === undefined
        ? 'unexpected error, masked for the client'
        : "a partner subgraph's unexpected error, sent as PARTNER_ERROR",
    );
    return {
      message: sent.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: sent.code, ...(serviceName === undefined ? {} : { serviceName }) },
    };
  };
}
