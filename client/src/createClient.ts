/**
 * The partners' GraphQL client: sends a generated, typed document to the gateway with the user's token and the
 * declared processing activity, and returns typed data and typed errors. Generated documents carry the hash of
 * their persisted form (`__meta__.hash`), so by default only that hash goes over the wire: the gateway runs its own
 * copy of the document from the manifest, which is what persisted-only mode demands of partners.
 * Runs wherever `fetch` does: Node 20, browsers, test runners.
 */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { toClientErrors, type ClientError } from './errors';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://gateway.example/graphql`. */
  url: string;
  /** The user's bearer token, or a function that returns the current one (undefined: send none). */
  token?: string | (() => string | undefined);
  /** The processing activity declared with every request (`x-processing-activity`), unless a request names another. */
  activity?: string;
  /** Send only the hash of generated documents (default), or always the full text. */
  persisted?: boolean;
  /** Another `fetch` (tests, instrumentation); defaults to the global one. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  activity?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ClientResult<TData> {
  /** The HTTP status: 200 for answered operations (partial data included), 4xx/5xx when the request was refused whole. */
  status: number;
  /** The data; fields refused by a partner are null, with an error at their path. */
  data?: TData | null;
  /** Absent when there are none. */
  errors?: ClientError[];
}

/** The answer was not a GraphQL response at all (a proxy's error page, an empty body). */
export class TransportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface KetenClient {
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options?: RequestOptions,
  ): Promise<ClientResult<TData>>;
}

/** The hash codegen embeds in a generated document, if any. */
export function persistedHashOf(document: object): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

function requestBody(document: TypedDocumentNode<unknown, unknown>, variables: unknown, persisted: boolean): Record<string, unknown> {
  const hash = persisted ? persistedHashOf(document) : undefined;
  if (hash) return { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  return { query: print(document), variables };
}

function parseResponse(status: number, text: string): { data?: unknown; errors?: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TransportError(status, `The gateway answered HTTP ${status} without a GraphQL response`);
  }
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed || 'errors' in parsed)) {
    throw new TransportError(status, `The gateway answered HTTP ${status} without data or errors`);
  }
  return parsed as { data?: unknown; errors?: unknown };
}

export function createClient(options: ClientOptions): KetenClient {
  const send = options.fetch ?? fetch;
  const persisted = options.persisted ?? true;
  return {
    async request<TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
      requestOptions: RequestOptions = {},
    ) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...requestOptions.headers };
      const token = typeof options.token === 'function' ? options.token() : options.token;
      if (token) headers.authorization = `Bearer ${token}`;
      const activity = requestOptions.activity ?? options.activity;
      if (activity) headers['x-processing-activity'] = activity;
      const response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(requestBody(document as TypedDocumentNode<unknown, unknown>, variables, persisted)),
        signal: requestOptions.signal,
      });
      const { data, errors } = parseResponse(response.status, await response.text());
      const result: ClientResult<TData> = { status: response.status };
      if (data !== undefined) result.data = data as TData | null;
      const typedErrors = toClientErrors(errors);
      if (typedErrors) result.errors = typedErrors;
      return result;
    },
  };
}
