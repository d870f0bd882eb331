/**
 * Development sign-in for the explorer and the reference front end: lists the demo chain's identities and signs a
 * token for the one picked, with the local dev issuer's key (as `npm run token` does). It exists only when the dev
 * issuer is trusted, which is never in production; the route factory refuses to run there as a second guard, and
 * answers only callers on this machine.
 */
import { type IncomingMessage } from 'node:http';
import {
  isProduction,
  type JsonRouteHandler,
  type KeyPairJwk,
  type PlainResponse,
  type Register,
  type RouteHandler,
} from '../../../common';
import { DEMO_PARTNERS } from '../../../subgraphs/partners';
import { signDevToken } from '../auth/devIssuer';

export interface DevIdentity {
  id: string;
  label: string;
  org: string;
  staff: boolean;
}

export const DEV_IDENTITIES_PATH = '/explorer/dev/identities';
export const DEV_TOKEN_PATH = '/explorer/dev/token';

/** Staff of the intermediary, and a case worker of every demo partner. */
export const DEV_IDENTITIES: readonly DevIdentity[] = [
  { id: 'staff', label: 'Intermediary staff (Ketenbureau)', org: DEMO_PARTNERS[0]?.oin ?? '', staff: true },
  ...DEMO_PARTNERS.map((partner) => ({ id: partner.handle, label: `Case worker, ${partner.name}`, org: partner.oin, staff: false })),
];

function json(status: number, body: unknown): PlainResponse {
  return { status, body: JSON.stringify(body), headers: { 'cache-control': 'no-store' } };
}

function fromThisMachine(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const refused = json(403, { errors: [{ message: 'Development sign-in answers only on this machine', extensions: { code: 'FORBIDDEN' } }] });

export function devSignInRoutes(
  keys: KeyPairJwk,
  register: Register,
): { routes: Record<string, RouteHandler>; jsonRoutes: Record<string, JsonRouteHandler> } {
  if (isProduction()) throw new Error('Development sign-in is never available in production (NODE_ENV=production)');
  const activities = register.activities.map((activity) => activity.id);
  const identities: RouteHandler = (req) => (fromThisMachine(req) ? json(200, DEV_IDENTITIES) : refused);
  const token: JsonRouteHandler = async (req, body) => {
    if (!fromThisMachine(req)) return refused;
    const id = typeof body === 'object' && body !== null ? (body as { identity?: unknown }).identity : undefined;
    const identity = DEV_IDENTITIES.find((candidate) => candidate.id === id);
    if (!identity) {
      return json(400, {
        errors: [
          { message: `Unknown identity; use one of ${DEV_IDENTITIES.map((i) => i.id).join(', ')}`, extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
    }
    const signed = await signDevToken(keys, {
      claims: { sub: `dev-${identity.id}`, org: identity.org, activities, staff: identity.staff },
    });
    return json(200, { token: signed });
  };
  return { routes: { [DEV_IDENTITIES_PATH]: identities }, jsonRoutes: { [DEV_TOKEN_PATH]: token } };
}
