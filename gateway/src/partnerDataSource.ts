/**
 * How the gateway talks to a partner's subgraph: one undici connection pool per subgraph (faster than the default
 * make-fetch-happen client), the request's ASKED audit record written before any partner is asked (fail closed:
 * LOG_UNAVAILABLE), the signed principal (and for a partner, a role-lookup principal for this fetch) and trace context
 * on every fetch, a timeout, and failures turned into a clean PARTNER_UNAVAILABLE error that names the partner but
 * not its address. Only `data` and `errors` of a subgraph response are passed on, never its extensions.
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Pool } from 'undici';
import { ErrorCode, ketenError, PRINCIPAL_HEADER, ROLES_PRINCIPAL_HEADER, traceparentFor } from '../../common';
import { type GatewayContext } from './context';
import { recordAskedOrRefuse } from './fetch/askedRecord';

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
  private readonly path: string;

  constructor(private readonly options: PartnerDataSourceOptions) {
    const url = new URL(options.url);
    this.path = url.pathname + url.search;
    // Idle sockets are dropped well before the subgraph's keep-alive timeout (65 s), so none is reused while closing.
    this.pool = new Pool(url.origin, { connections: options.connections ?? 64, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000 });
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    // Health checks and schema loading carry no user; only incoming operations have a principal to forward. The
    // union's own discriminant (its enum is not exported by @apollo/gateway) narrows the context to ours.
    if ('incomingRequestContext' in options) {
      const context = options.context;
      await recordAskedOrRefuse(context, options.incomingRequestContext.operationName ?? null, this.options.name);
      headers[PRINCIPAL_HEADER] = await context.signedPrincipal(this.options.name);
      // Partners check roles with the intermediary; they get a principal that allows that lookup and nothing else,
      // for this fetch only: it names this partner, regie takes it once, and it lives as long as we wait for the answer.
      if (this.options.name !== this.options.rolesSubgraph)
        headers[ROLES_PRINCIPAL_HEADER] = context.rolesPrincipal(this.options.name, this.options.timeoutMs);
      headers.traceparent = traceparentFor(context.trace);
    }
    const { query, variables, operationName } = options.request;
    const body = JSON.stringify({ query, variables, operationName });
    let status: number;
    let payload: unknown;
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      status = response.statusCode;
      payload = await response.body.json();
    } catch (error) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError';
      throw this.unavailable(timedOut ? `did not answer within ${this.options.timeoutMs} ms` : 'could not be reached');
    }
    if (typeof payload !== 'object' || payload === null || !('data' in payload || 'errors' in payload)) {
      throw this.unavailable(`answered with HTTP ${status} and no GraphQL response`);
    }
    const { data, errors } = payload as GatewayGraphQLResponse;
    return { data, errors };
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
