/**
 * Serves a built web page (the explorer, the reference front end) from a folder, as exact GET routes read once at
 * start-up. The Content-Security-Policy lets the page load and call nothing but this gateway: no CDN, no fonts or
 * scripts from the web, even if a dependency tried.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { type PlainResponse, type RouteHandler } from '../../../common';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function notBuilt(prefix: string): RouteHandler {
  return () => ({
    status: 503,
    contentType: 'text/plain; charset=utf-8',
    body: `The page at ${prefix} is not built. Run \`npm run build:web\` (npm start does this) and restart the gateway.`,
  });
}

/** Routes for every file of `dir` under `prefix`; `prefix` itself and `prefix/` serve index.html. */
export function staticSite(prefix: string, dir: string): Record<string, RouteHandler> {
  if (!existsSync(join(dir, 'index.html'))) return { [prefix]: notBuilt(prefix), [`${prefix}/`]: notBuilt(prefix) };
  const routes: Record<string, RouteHandler> = {};
  for (const file of filesUnder(dir)) {
    const contentType = CONTENT_TYPES[extname(file)];
    if (!contentType) continue; // source maps and the like are not served
    const response: PlainResponse = {
      status: 200,
      contentType,
      body: readFileSync(file, 'utf8'),
      // Built assets have content hashes or change only with a new build; pages are always revalidated.
      headers: { ...PAGE_HEADERS, 'cache-control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=300' },
    };
    const path = `${prefix}/${relative(dir, file).split(sep).join('/')}`;
    routes[path] = () => response;
    if (path === `${prefix}/index.html`) routes[prefix] = routes[`${prefix}/`] = () => response;
  }
  return routes;
}
