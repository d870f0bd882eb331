/**
 * The gateway's per-request context: it authenticates and builds the request's state, nothing else. The verified
 * user, the one declared processing activity, the trace, the signed principals for subgraphs, and the request's
 * audit trail (audit/auditTrail.ts), which the partner data source and the audit plugin write to. A request
 * without a valid token, or with an activity the token does not grant, is refused here, before parsing or planning.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type GraphQLError } from 'graphql';
import { type CryptoKey } from 'jose';
import {
  continueOrStartTrace,
  ErrorCode,
  ketenError,
  type Principal,
  type Register,
  signRolesPrincipal,
  type TraceContext,
} from '../../common';
import { type AuditTrail, type AuditTrailFactory } from './audit/auditTrail';
import { type UserClaims } from './auth/claims';
import { type VerificationResult } from './auth/tokenVerifier';
import { createPrincipalCache } from './principalCache';
import { requestSpansOf } from './tracing/gatewayTracing';
import { type RequestSpans } from './tracing/requestSpans';

export const ACTIVITY_HEADER = 'x-processing-activity';

export interface GatewayContext {
  user: UserClaims;
  activity: string;
  trace: TraceContext;
  /** The request's spans, when traces are exported (tracing/); `trace` is then the view of its server span. */
  spans?: RequestSpans;
  /** The signed principal for one subgraph (its name as audience); reused while it lives. */
  signedPrincipal(audience: string): Promise<string>;
  /** A fresh role-lookup principal for one fetch to `partner`, living `lifetimeMs` (common/principal.ts): never reused. */
  rolesPrincipal(partner: string, lifetimeMs: number): string;
  /** This request's entries in the audit log: ASKED before the first partner fetch, ANSWERED as the answer leaves. */
  auditTrail: AuditTrail;
  /** Aborts when the client goes away before its answer is sent: fetches still running for it are cancelled. */
  clientGone: AbortSignal;
}

/** The context as authentication builds it; admission (requestAdmission.ts) adds what belongs to the connection. */
export type AuthenticatedContext = Omit<GatewayContext, 'clientGone'>;

/**
 * A refusal of an authenticated caller before the request has a context (an activity missing, unknown or not
 * granted): the error for the caller, and who was refused, for the audit log (requestAdmission.ts records it).
 */
export class CallerRefused extends Error {
  constructor(
    readonly error: GraphQLError,
    readonly user: UserClaims,
    readonly declaredActivity: string | null,
    readonly trace: TraceContext,
  ) {
    super(error.message);
  }
}

export interface ContextDependencies {
  verifyToken: (token: string) => Promise<VerificationResult>;
  register: Register;
  principalKey: CryptoKey;
  /** Opens the audit trail of an authenticated request. */
  auditTrailFor: AuditTrailFactory;
}

function unauthenticated(reason: string) {
  return ketenError(ErrorCode.UNAUTHENTICATED, `Not authenticated: ${reason}. Send "Authorization: Bearer <token>" with a valid token.`, {
    withHttpStatus: true,
  });
}

function forbidden(message: string) {
  return ketenError(ErrorCode.FORBIDDEN, message, { withHttpStatus: true });
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

export function createContextFactory(deps: ContextDependencies) {
  const principalFor = createPrincipalCache(deps.principalKey);
  return async function buildContext(req: IncomingMessage): Promise<AuthenticatedContext> {
    const token = bearerToken(req);
    if (!token) throw unauthenticated('no bearer token');
    const verified = await deps.verifyToken(token);
    if (!verified.ok) throw unauthenticated(verified.reason);
    const user = verified.claims;
    const spans = requestSpansOf(req);
    const trace = spans?.trace ?? continueOrStartTrace(typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined);

    const declared = req.headers[ACTIVITY_HEADER];
    const refused = (message: string) =>
      new CallerRefused(
        forbidden(message),
        user,
        typeof declared === 'string' && declared.trim() !== '' ? declared.trim().slice(0, 100) : null,
        trace,
      );
    if (typeof declared !== 'string' || declared.trim() === '') {
      throw refused(`Declare the processing activity of this request in the "${ACTIVITY_HEADER}" header.`);
    }
    const activity = declared.trim();
    if (!deps.register.byId.has(activity)) {
      throw refused(`"${activity}" is not a processing activity in the register; use one of the ids in schema/register.json.`);
    }
    if (!user.activities.includes(activity)) {
      throw refused(`Your token does not grant the processing activity "${activity}".`);
    }

    const principal: Principal = {
      org: user.org,
      sub: user.sub,
      activity,
      staff: user.staff,
      ...(user.citizen !== undefined ? { citizen: user.citizen } : {}),
    };
    return {
      user,
      activity,
      trace,
      ...(spans ? { spans } : {}),
      signedPrincipal: (audience) => principalFor(principal, audience),
      rolesPrincipal: (partner, lifetimeMs) =>
        signRolesPrincipal(principal, deps.principalKey, { partner, requestId: randomUUID(), lifetimeMs }),
      auditTrail: deps.auditTrailFor({ user, activity, trace }),
    };
  };
}
