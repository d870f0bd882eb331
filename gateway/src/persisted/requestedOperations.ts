/**
 * What an HTTP request asks to run, read before Apollo Server parses it: per operation, the query text and/or the
 * persisted-query hash (`extensions.persistedQuery`), from a JSON POST body (one operation or a batch) or from the
 * parameters of a GET. A body that is neither is left to Apollo Server, which refuses it with BAD_REQUEST.
 */
import { type HTTPGraphQLRequest } from '@apollo/server';

export interface RequestedOperation {
  query?: string;
  /** The persistedQuery extension when present, as sent. */
  persisted?: { version: unknown; sha256Hash: unknown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromFields(query: unknown, extensions: unknown): RequestedOperation {
  const operation: RequestedOperation = {};
  if (typeof query === 'string' && query !== '') operation.query = query;
  const persisted = isRecord(extensions) ? extensions.persistedQuery : undefined;
  if (isRecord(persisted)) operation.persisted = { version: persisted.version, sha256Hash: persisted.sha256Hash };
  return operation;
}

function fromSearch(search: string): RequestedOperation {
  const params = new URLSearchParams(search);
  let extensions: unknown;
  try {
    extensions = JSON.parse(params.get('extensions') ?? 'null');
  } catch {
    extensions = undefined;
  }
  return fromFields(params.get('query') ?? undefined, extensions);
}

export function requestedOperations(request: HTTPGraphQLRequest): RequestedOperation[] {
  if (request.method === 'GET') return [fromSearch(request.search)];
  const body = request.body;
  if (Array.isArray(body)) return body.map((item) => (isRecord(item) ? fromFields(item.query, item.extensions) : {}));
  if (isRecord(body)) return [fromFields(body.query, body.extensions)];
  return [];
}
