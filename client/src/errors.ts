/**
 * Typed errors: every error the gateway sends carries a stable `extensions.code` (docs/error-codes.md); the
 * client lifts it to `code` so callers can switch on it exhaustively. The codes are generated from the server's
 * (`npm run docs:errors`), so the client imports no server code.
 */
import { ErrorCode } from './__generated__/errorCodes';

export { ErrorCode };

const knownCodes: ReadonlySet<string> = new Set(Object.values(ErrorCode));

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

export interface ClientError {
  message: string;
  /** The stable code; an unknown or missing one (another server, a bug) reads as INTERNAL_SERVER_ERROR. */
  code: ErrorCode;
  /** Where in the data the error belongs (absent when the whole request was refused). */
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  /** The error's public details: `code`, and e.g. `paths`, `reason`, `serviceName`, `currentVersion`. */
  extensions: { code: ErrorCode } & Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toClientError(raw: unknown): ClientError {
  const error = isRecord(raw) ? raw : {};
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = isErrorCode(extensions.code) ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const typed: ClientError = {
    message: typeof error.message === 'string' ? error.message : 'Unknown error',
    code,
    extensions: { ...extensions, code },
  };
  if (Array.isArray(error.path))
    typed.path = error.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
  if (Array.isArray(error.locations)) typed.locations = error.locations as ClientError['locations'];
  return typed;
}

/** The response's errors as typed errors, or undefined when there are none. */
export function toClientErrors(errors: unknown): ClientError[] | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors.map(toClientError);
}

/** The errors of a result with the given code, e.g. every NOT_DISCLOSED value. */
export function errorsWithCode(result: { errors?: readonly ClientError[] }, code: ErrorCode): ClientError[] {
  return (result.errors ?? []).filter((error) => error.code === code);
}
