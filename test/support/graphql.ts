/** Sends typed GraphQL operations to the gateway (or a subgraph) over real HTTP, with a token and an activity. */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

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

export function execute<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(url, { query: print(document), variables }, { activity: 'schuldhulp-intake', ...options });
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: { errors?: readonly GraphQLFormattedError[] }): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
