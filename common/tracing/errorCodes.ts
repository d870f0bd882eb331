/**
 * The stable codes of a response's errors, for a span's status and the audit log's outcome: codes only, never a
 * message (it may name a client); an error without one counts as INTERNAL_SERVER_ERROR.
 */
import { ErrorCode } from '../errors';

interface CodedError {
  extensions?: { code?: unknown } | null;
}

export function errorCodesOf(errors: readonly CodedError[] | undefined | null): string[] {
  return (errors ?? []).map((error) =>
    typeof error.extensions?.code === 'string' ? error.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR,
  );
}

/** The code of a thrown error: its `extensions.code` when it is a coded (GraphQL) error. */
export function errorCodeOf(error: unknown): string {
  const extensions = typeof error === 'object' && error !== null && 'extensions' in error ? error.extensions : undefined;
  return errorCodesOf([{ extensions: typeof extensions === 'object' ? (extensions as CodedError['extensions']) : undefined }])[0] as string;
}
