/**
 * Talking to the gateway in tests. Normal operations go through the partners' typed client (client/), as a partner
 * front end sends them: generated documents, by their persisted hash. `postGraphQL` sends a raw body, for the tests
 * that deliberately send what no typed client would (evasion attempts, malformed input, calls straight to a subgraph).
 */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError } from 'graphql';
import { createClient, type ClientResult } from '../../client';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export interface RequestOptions {
  token?: string;
  activity?: string;
  headers?: Record<string, string>;
}

export async function postGraphQL<TData>(url: string, body: unknown, options: RequestOptions = {}): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.activity) headers['x-processing-activity'] = options.activity;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, ...json };
}

/** Sends a generated document with the typed client; the activity defaults to schuldhulp-intake. */
export function execute<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<ClientResult<TData>> {
  const client = createClient({ url, token: options.token, activity: options.activity ?? 'schuldhulp-intake' });
  return client.request(document, variables, { headers: options.headers });
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: { errors?: readonly GraphQLFormattedError[] }): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
