/**
 * What happens to a request before Apollo Server parses it, in the HTTP layer (so a refusal is a clean GraphQL
 * error with an HTTP status, and nothing oversized or unwanted is ever parsed by Apollo): the token count, the
 * persisted-query extension, anonymous introspection, authentication (context.ts), and persisted-only mode.
 * Each rule lives in its own module; this one only says in which order they run, and why.
 */
import { type IncomingMessage } from 'node:http';
import { type HTTPGraphQLRequest } from '@apollo/server';
import { type GatewayContext } from './context';
import { refuseOversizedDocuments } from './documentSize';
import { type SchemaVisibility } from './introspection';
import { persistedOnlyRefusal, type PersistedAdmission } from './persisted/admission';
import { requestedOperations } from './persisted/requestedOperations';

export interface RequestAdmissionOptions {
  maxTokens: number;
  persisted: PersistedAdmission;
  visibility: SchemaVisibility;
  /** Verifies the caller and builds the request's state (context.ts). */
  authenticate: (req: IncomingMessage) => Promise<GatewayContext>;
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
    const context = await options.authenticate(req);
    // Persisted-only mode needs the caller (staff are exempt); an ad-hoc introspection is refused as introspection.
    const adHoc = options.persisted.firstAdHoc(operations, context.user);
    if (adHoc) {
      options.visibility.refuseText(context.user, adHoc.query);
      throw persistedOnlyRefusal();
    }
    return context;
  };
}
