/**
 * How the gateway talks to a partner's subgraph: one undici connection pool per subgraph (faster than the default
 * make-fetch-happen client), the request's ASKED audit record written before any partner is asked (fail closed:
 * LOG_UNAVAILABLE), the signed principal (and for a partner, a role-lookup principal for this fetch) and trace context
 * on every fetch, a timeout, and failures turned into a clean PARTNER_UNAVAILABLE error that names the partner but
 * not its address. A fetch is cancelled when its client goes away (REQUEST_CANCELLED). A query (never a mutation)
 * whose connection failed before any answer came is sent once more on a fresh connection: on a reused keep-alive
 * connection that is the subgraph closing the idle socket as the request went out. (A subgraph that dies
 * mid-request looks the same; the repeated query may then be logged twice at the partner, but is answered once.)
 * Only `data` and `errors` of a subgraph response are passed on, never its extensions.
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { getOperationAST } from 'graphql';
import { Client, type Dispatcher, Pool } from 'undici';
import { ErrorCode, ketenError, PRINCIPAL_HEADER, ROLES_PRINCIPAL_HEADER, traceparentFor } from '../../common';
import { type GatewayContext } from './context';
import { recordAskedOrRefuse } from './fetch/askedRecord';
import { fetchSignal } from './fetch/fetchSignal';

/** undici's codes for a connection that closed or was reset before an answer came. */
const CONNECTION_LOST = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function connectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CONNECTION_LOST.has(code);
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

export interface PartnerDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** The subgraph that answers role lookups: every other subgraph gets a principal for that lookup. */
  rolesSubgraph: string;
  /** Connections kept per subgraph. */
  connections?: number;
}

export class PartnerDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly origin: string;
  private readonly path: string;

  constructor(private readonly options: PartnerDataSourceOptions) {
    const url = new URL(options.url);
    this.origin = url.origin;
    this.path = url.pathname + url.search;
    // Idle sockets are dropped well before the subgraph's keep-alive timeout (65 s), so none is reused while closing.
    this.pool = new Pool(url.origin, { connections: options.connections ?? 64, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000 });
  }

  async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const clientGone = 'incomingRequestContext' in options ? options.context.clientGone : undefined;
    if ('incomingRequestContext' in options)
      await recordAskedOrRefuse(options.context, options.incomingRequestContext.operationName ?? null, this.options.name);
    const { query, variables, operationName } = options.request;
    const body = JSON.stringify({ query, variables, operationName });
    const { signal, release } = fetchSignal(this.options.timeoutMs, clientGone);
    let answer: { status: number; payload: unknown };
    try {
      answer = await this.send(this.pool, body, await this.headersFor(options), signal);
    } catch (error) {
      if (signal.aborted || !connectionLost(error) || !this.isQuery(options)) throw this.failure(error, clientGone);
      answer = await this.sendOnFreshConnection(body, await this.headersFor(options), signal).catch((again: unknown) => {
        throw this.failure(again, clientGone);
      });
    } finally {
      release();
    }
    const { status, payload } = answer;
    if (typeof payload !== 'object' || payload === null || !('data' in payload || 'errors' in payload)) {
      throw this.unavailable(`answered with HTTP ${status} and no GraphQL response`);
    }
    const { data, errors } = payload as GatewayGraphQLResponse;
    return { data, errors };
  }

  /** Headers for one attempt: each carries its own role-lookup principal, as regie takes each only once. */
  private async headersFor(options: ProcessOptions): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    // Health checks and schema loading carry no user; only incoming operations have a principal to forward. The
    // union's own discriminant (its enum is not exported by @apollo/gateway) narrows the context to ours.
    if ('incomingRequestContext' in options) {
      const context = options.context;
      headers[PRINCIPAL_HEADER] = await context.signedPrincipal(this.options.name);
      // Partners check roles with the intermediary; they get a principal that allows that lookup and nothing else,
      // for this fetch only: it names this partner, regie takes it once, and it lives as long as we wait for the answer.
      if (this.options.name !== this.options.rolesSubgraph)
        headers[ROLES_PRINCIPAL_HEADER] = context.rolesPrincipal(this.options.name, this.options.timeoutMs);
      headers.traceparent = traceparentFor(context.trace);
    }
    return headers;
  }

  private isQuery(options: ProcessOptions): boolean {
    if (!('incomingRequestContext' in options) || !options.document) return false;
    return getOperationAST(options.document, options.request.operationName)?.operation === 'query';
  }

  private async send(dispatcher: Dispatcher, body: string, headers: Record<string, string>, signal: AbortSignal) {
    const response = await dispatcher.request({ origin: this.origin, path: this.path, method: 'POST', headers, body, signal });
    return { status: response.statusCode, payload: (await response.body.json()) as unknown };
  }

  /** A connection of its own for one attempt, closed after it, so no other idle socket of the pool is tried. */
  private async sendOnFreshConnection(body: string, headers: Record<string, string>, signal: AbortSignal) {
    const fresh = new Client(this.origin);
    try {
      return await this.send(fresh, body, headers, signal);
    } finally {
      void fresh.close();
    }
  }

  private failure(error: unknown, clientGone: AbortSignal | undefined) {
    if (clientGone?.aborted) {
      return ketenError(
        ErrorCode.REQUEST_CANCELLED,
        `The client went away; the partner subgraph "${this.options.name}" was not waited for.`,
        {
          details: { serviceName: this.options.name },
        },
      );
    }
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    return this.unavailable(timedOut ? `did not answer within ${this.options.timeoutMs} ms` : 'could not be reached');
  }
  private unavailable(what: string) {
    return ketenError(
      ErrorCode.PARTNER_UNAVAILABLE,
      `The partner subgraph "${this.options.name}" ${what}; its data is missing from this answer.`,
      {
        details: { serviceName: this.options.name },
      },
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
