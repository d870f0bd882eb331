/** Opaque keyset cursors for case lists: the opening instant and id of the last case on a page. */
import { ErrorCode, ketenError } from '../../../../common';

export function encodeCursor(chainCase: { openedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([chainCase.openedAt, chainCase.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { openedAt: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { openedAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw ketenError(ErrorCode.BAD_USER_INPUT, 'The cursor is not one this server gave out; use pageInfo.endCursor of the previous page.');
}
