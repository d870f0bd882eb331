/**
 * For the plugins' unit tests: the real API schema and supergraph SDL, and a minimal request context built from a
 * real parsed document, so a plugin's hooks can be called directly, without a server. The operation is resolved
 * as Apollo Server does it (`getOperationAST` with the request's operationName).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextDidResolveOperation,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLServerContext,
} from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import { type AuditTrail } from '../../../audit/auditTrail';
import { type UserClaims } from '../../../auth/claims';
import { type GatewayContext } from '../../../context';

const SCHEMA_DIR = join(__dirname, '..', '..', '..', '..', '..', 'schema');
export const SUPERGRAPH_SDL = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
export const API_SCHEMA = buildSchema(readFileSync(join(SCHEMA_DIR, 'api.graphql'), 'utf8'));

/** Fictitious BSNs that pass the eleven-test, and one that does not. */
export const VALID_BSN = '111222333';
export const INVALID_BSN = '111222334';

export const PARTNER: UserClaims = { sub: 'case-worker-1', org: '00000009200000000002', activities: ['schuldhulp-intake'], staff: false };
export const STAFF: UserClaims = { ...PARTNER, sub: 'staff-1', staff: true };
export const CITIZEN: UserClaims = {
  sub: 'citizen-1',
  org: '00000009200000000001',
  activities: ['inzage-betrokkene'],
  staff: false,
  citizen: VALID_BSN,
};

export const NO_AUDIT: AuditTrail = { recordAsked: () => Promise.resolve(), recordAnswered: () => Promise.resolve() };

export function gatewayContext(
  user: UserClaims = PARTNER,
  activity = user.activities[0] ?? '',
  auditTrail: AuditTrail = NO_AUDIT,
): GatewayContext {
  return {
    user,
    activity,
    trace: { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', parentSpanId: null, flags: '01' },
    signedPrincipal: () => Promise.resolve('signed'),
    rolesPrincipal: () => 'signed-for-roles',
    auditTrail,
    clientGone: new AbortController().signal,
  };
}

export interface FakeRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  context?: GatewayContext;
  errors?: GraphQLFormattedError[];
}

export type FakeRequestContext = GraphQLRequestContextDidResolveOperation<GatewayContext> &
  GraphQLRequestContextWillSendResponse<GatewayContext>;

export function requestContext(request: FakeRequest): FakeRequestContext {
  const document = parse(request.query);
  const operation = getOperationAST(document, request.operationName) ?? undefined;
  const fake = {
    schema: API_SCHEMA,
    request: { query: request.query, operationName: request.operationName, variables: request.variables },
    source: request.query,
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    contextValue: request.context ?? gatewayContext(),
    response: { body: { kind: 'single', singleResult: { data: null, errors: request.errors } }, http: { headers: new HeaderMap() } },
  };
  // Only what the gateway's plugins read; Apollo's cache, logger and metrics are not used by them.
  return fake as unknown as FakeRequestContext;
}

/** Announces the schema as Apollo Server does at start-up (the purpose and scalar checks wait for it). */
export async function loadSchema(plugin: ApolloServerPlugin<GatewayContext>): Promise<void> {
  const listener = await plugin.serverWillStart?.({} as GraphQLServerContext);
  listener?.schemaDidLoadOrUpdate?.({ apiSchema: API_SCHEMA, coreSupergraphSdl: SUPERGRAPH_SDL });
}

/** Runs the plugin on the request up to didResolveOperation, where the gateway's checks refuse. */
export async function didResolveOperation(plugin: ApolloServerPlugin<GatewayContext>, context: FakeRequestContext): Promise<void> {
  const listener = await plugin.requestDidStart?.(context);
  await listener?.didResolveOperation?.(context);
}

/** Then on to willSendResponse, as the answer leaves. */
export async function willSendResponse(plugin: ApolloServerPlugin<GatewayContext>, context: FakeRequestContext): Promise<void> {
  const listener = await plugin.requestDidStart?.(context);
  await listener?.willSendResponse?.(context);
}

/** The code and HTTP status of the refusal a promise rejects with (it must be a GraphQLError). */
export async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; status: unknown }> {
  const error = await promise.then(
    () => new Error('expected a refusal, but the request passed'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw error;
  const http = error.extensions.http as { status?: number } | undefined;
  return { code: error.extensions.code, status: http?.status };
}

/** The ways a request can fail to name one operation the schema serves. */
export const UNRESOLVABLE: ReadonlyArray<[string, Pick<FakeRequest, 'operationName'>]> = [
  ['an empty operationName', { operationName: '' }],
  ['an unknown operationName', { operationName: 'Nope' }],
];
