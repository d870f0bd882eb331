/**
 * The stable error codes every part of ketenregie uses in `extensions.code`, and a helper to create such errors.
 * Clients may switch on these codes; they are documented in docs/error-codes.md (generated from this file) and
 * never renamed.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  /** No valid token (gateway) or no valid signed principal (subgraph). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /**
   * Regie refused a role lookup's credentials: a role-lookup principal used a second time, presented by another
   * partner than it was issued for, without the partner's proof, or expired. `extensions.reason` says which.
   */
  ROLE_LOOKUP_REFUSED: 'ROLE_LOOKUP_REFUSED',
  /** Authenticated, but not allowed to do this (e.g. a processing activity that is not in the token). */
  FORBIDDEN: 'FORBIDDEN',
  /** A citizen service number that fails the eleven-test. */
  INVALID_BSN: 'INVALID_BSN',
  /** Any other malformed input. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** What was asked for does not exist (e.g. an unknown case or role assignment). */
  NOT_FOUND: 'NOT_FOUND',
  /** A stale `expectedVersion`: reload and try again. */
  CONFLICT: 'CONFLICT',
  /** The change is not possible in the current state (e.g. a closed case). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The declared processing activity does not allow a requested field. */
  PURPOSE_NOT_ALLOWED: 'PURPOSE_NOT_ALLOWED',
  /** The owning partner did not disclose this value to the requesting organisation. */
  NOT_DISCLOSED: 'NOT_DISCLOSED',
  /**
   * A partner's subgraph could not be reached or did not answer in time, or failed so often just before that the
   * gateway does not ask it for a while (its circuit is open). `extensions.serviceName` names the partner.
   */
  PARTNER_UNAVAILABLE: 'PARTNER_UNAVAILABLE',
  /**
   * A partner's subgraph answered with an error of its own that is none of these codes; the message names the
   * partner (also in `extensions.serviceName`), the details are in the gateway's log, never sent.
   */
  PARTNER_ERROR: 'PARTNER_ERROR',
  /** The processing log could not be written, so no data was returned. */
  LOG_UNAVAILABLE: 'LOG_UNAVAILABLE',
  /** A witness refused a log head: not signed with that log's key, malformed, or of a log it does not witness. */
  LOG_HEAD_UNVERIFIED: 'LOG_HEAD_UNVERIFIED',
  /**
   * A witness refused a log head that does not extend the head it witnessed last: shorter, another hash at the same
   * size, or grown without the matching hash at the witnessed size. `extensions.witnessedSize` names that size.
   */
  LOG_HEAD_INCONSISTENT: 'LOG_HEAD_INCONSISTENT',
  /** Only persisted operations are accepted from this caller. */
  PERSISTED_QUERY_REQUIRED: 'PERSISTED_QUERY_REQUIRED',
  /** The operation is not valid GraphQL or not valid against the schema (set by Apollo Server). */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The operation is not valid against the schema: an unknown field, a wrong argument (set by Apollo Server). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request itself is malformed (set by Apollo Server). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** An operation name that matches no operation in the document (set by Apollo Server). */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /**
   * The operation exceeds a limit (depth, aliases, root fields, directives, tokens or estimated cost); refused
   * before planning. `extensions.reason` names the limit.
   */
  OPERATION_TOO_COMPLEX: 'OPERATION_TOO_COMPLEX',
  /** The organisation has too many requests in progress; retry after the seconds in the `retry-after` header. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /**
   * The client closed its connection before the answer was sent, so the gateway stopped asking partners for it
   * (HTTP 499, as nginx names it). The client that left never sees it; logs and metrics do.
   */
  REQUEST_CANCELLED: 'REQUEST_CANCELLED',
  /** Anything unexpected; details are logged server-side, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const knownCodes: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

/** The HTTP status that goes with a code when the error ends the whole request. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
    case ErrorCode.ROLE_LOOKUP_REFUSED:
    case ErrorCode.PURPOSE_NOT_ALLOWED:
    case ErrorCode.PERSISTED_QUERY_REQUIRED:
    case ErrorCode.LOG_HEAD_UNVERIFIED:
      return 403;
    case ErrorCode.INVALID_BSN:
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.GRAPHQL_PARSE_FAILED:
    case ErrorCode.GRAPHQL_VALIDATION_FAILED:
    case ErrorCode.BAD_REQUEST:
    case ErrorCode.OPERATION_RESOLUTION_FAILURE:
    case ErrorCode.OPERATION_TOO_COMPLEX:
      return 400;
    case ErrorCode.TOO_MANY_REQUESTS:
      return 429;
    case ErrorCode.REQUEST_CANCELLED:
      return 499;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
    case ErrorCode.INVALID_TRANSITION:
    case ErrorCode.LOG_HEAD_INCONSISTENT:
      return 409;
    case ErrorCode.PARTNER_UNAVAILABLE:
    case ErrorCode.LOG_UNAVAILABLE:
      return 503;
    case ErrorCode.PARTNER_ERROR:
      return 502;
    case ErrorCode.NOT_DISCLOSED:
      return 200;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for error code ${String(unhandled)}`);
    }
  }
}

export interface KetenErrorOptions {
  /** Extra, non-personal details for the client (e.g. offending paths). */
  details?: Record<string, unknown>;
  /** Set when the error ends the whole HTTP request rather than one field. */
  withHttpStatus?: boolean;
}

/** A GraphQL error with a stable code; the message should say what the caller can do about it. */
export function ketenError(code: ErrorCode, message: string, options: KetenErrorOptions = {}): GraphQLError {
  const extensions: Record<string, unknown> = { ...options.details, code };
  if (options.withHttpStatus) extensions.http = { status: httpStatusFor(code) };
  return new GraphQLError(message, { extensions });
}
