/**
 * Everything the gateway serves for people rather than programs: the staff explorer at /explorer (with the register's
 * activities for its sign-in, and development sign-in outside production) and, when configured, the reference
 * partner front end at /app/.
 */
import { type JsonRouteHandler, type KeyPairJwk, type Register, type RouteHandler } from '../../../common';
import { devSignInRoutes } from './devSignIn';
import { staticSite } from './staticSite';

export interface PageOptions {
  explorerDir: string;
  webAppDir?: string;
  register: Register;
  /** The dev issuer's keys when it is trusted (never in production): enables development sign-in. */
  devSignIn?: KeyPairJwk;
}

export function pageRoutes(options: PageOptions): { routes: Record<string, RouteHandler>; jsonRoutes: Record<string, JsonRouteHandler> } {
  // Public by nature (the register is published): what the sign-in offers to choose from.
  const activities = JSON.stringify(
    options.register.activities.map(({ id, name, purpose, legalBasis }) => ({ id, name, purpose, legalBasis })),
  );
  const dev = options.devSignIn ? devSignInRoutes(options.devSignIn, options.register) : { routes: {}, jsonRoutes: {} };
  return {
    routes: {
      ...staticSite('/explorer', options.explorerDir),
      ...(options.webAppDir ? staticSite('/app', options.webAppDir) : {}),
      '/explorer/activities': () => ({ status: 200, body: activities }),
      ...dev.routes,
    },
    jsonRoutes: dev.jsonRoutes,
  };
}
