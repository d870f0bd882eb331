/**
 * What happens to a request before Apollo Server parses it, in the HTTP layer (so a refusal is a clean GraphQL
 * error with an HTTP status, and nothing oversized or unwanted is ever parsed by Apollo): the token count, the
 * persisted-query extension, anonymous introspection, authentication (context.ts), and persisted-only mode; an
 * admitted request's context gets the signal that its client went away.
 * Each rule lives in its own module; this one only says in which order they run, and why.
 */
import { type IncomingMessage } from 'node:http';
import { type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type RefusalRecorder } from './audit/auditTrail';
import { clientGone } from '../../common';
import { type AuthenticatedContext, CallerRefused, type GatewayContext } from './context';
import { refuseOversizedDocuments } from './documentSize';
import { type SchemaVisibility } from './introspection';
import { persistedOnlyRefusal, type PersistedAdmission } from './persisted/admission';
import { requestedOperations, type RequestedOperation } from './persisted/requestedOperations';

export interface RequestAdmissionOptions {
  maxTokens: number;
  persisted: PersistedAdmission;
  visibility: SchemaVisibility;
  /** Verifies the caller and builds the request's state (context.ts). */
  authenticate: (req: IncomingMessage) => Promise<AuthenticatedContext>;
  /** Leaves a trace of a refusal after authentication, in the audit log. */
  recordRefusal: RefusalRecorder;
}

/** How a refused request names its operation in the audit log: its name, or its persisted hash's beginning. */
function operationOf(request: HTTPGraphQLRequest, operations: readonly RequestedOperation[]): string | null {
  const body = request.body;
  const named =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as { operationName?: unknown }).operationName
      : new URLSearchParams(request.search).get('operationName');
  if (typeof named === 'string' && named !== '') return named.slice(0, 100);
  const hash = operations[0]?.persisted?.sha256Hash;
  return typeof hash === 'string' ? `sha256:${hash.slice(0, 16)}` : null;
}

export function admittedContext(options: RequestAdmissionOptions) {
  return async (req: IncomingMessage, request: HTTPGraphQLRequest): Promise<GatewayContext> => {
    const operations = requestedOperations(request);
    // Counted first: every later step may parse the text, and an oversized text must cost no more than the count.
    refuseOversizedDocuments(operations, options.maxTokens);
    // A persistedQuery extension names a manifest operation, whoever sends it; it needs no identity.
    options.persisted.checkExtensions(operations);
    // Anonymous introspection is refused as what it is (FORBIDDEN), not merely as UNAUTHENTICATED.
    if (typeof req.headers.authorization !== 'string') for (const { query } of operations) options.visibility.refuseText(null, query);
    let context: AuthenticatedContext;
    try {
      context = await options.authenticate(req);
    } catch (error) {
      // Refused after the caller was known: leave a trace of who tried what, then refuse.
      if (!(error instanceof CallerRefused)) throw error;
      await options.recordRefusal({ ...error, operation: operationOf(request, operations), code: String(error.error.extensions.code) });
      throw error.error;
    }
    // Persisted-only mode needs the caller (staff are exempt); an ad-hoc introspection is refused as introspection.
    const adHoc = options.persisted.firstAdHoc(operations, context.user);
    if (adHoc) {
      try {
        options.visibility.refuseText(context.user, adHoc.query);
        throw persistedOnlyRefusal();
      } catch (refusal) {
        const code = refusal instanceof GraphQLError ? String(refusal.extensions.code) : 'INTERNAL_SERVER_ERROR';
        await options.recordRefusal({
          user: context.user,
          declaredActivity: context.activity,
          operation: operationOf(request, operations),
          code,
          trace: context.trace,
        });
        throw refusal;
      }
    }
    // From here the request is answered: its fetches are cancelled if the client leaves before the answer.
    return { ...context, clientGone: clientGone(req) };
  };
}
