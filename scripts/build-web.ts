/**
 * Builds the pages the gateway serves, into dist/ (not committed: built by `npm start` and by the browser tests):
 * the staff explorer (GraphiQL and our sign-in, bundled with esbuild) and the reference front end (Vite).
 * Everything a page needs is in its bundle; nothing is fetched from a CDN at run time.
 *   npm run build:web
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';

const ROOT = join(__dirname, '..');
export const EXPLORER_OUT = join(ROOT, 'dist', 'explorer');
export const WEB_OUT = join(ROOT, 'dist', 'web');

export async function buildExplorer(): Promise<void> {
  rmSync(EXPLORER_OUT, { recursive: true, force: true });
  mkdirSync(EXPLORER_OUT, { recursive: true });
  await esbuild({
    entryPoints: { explorer: join(ROOT, 'client', 'explorer', 'main.tsx') },
    outdir: EXPLORER_OUT,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    loader: { '.graphql': 'text', '.woff2': 'dataurl', '.woff': 'dataurl', '.svg': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'client', 'explorer', 'index.html'), join(EXPLORER_OUT, 'index.html'));
}

export async function buildWebApp(): Promise<void> {
  // Vite is ES modules only; tsx keeps this dynamic import as a real import().
  const { build } = await import('vite');
  // Vite sets process.env.NODE_ENV to "production" for the whole process while it builds. `npm start` builds
  // in its own process before it spawns the services, which would then start in production mode; keep the
  // caller's setting.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      root: join(ROOT, 'client', 'web'),
      base: '/app/',
      configFile: false,
      logLevel: 'warn',
      build: { outDir: WEB_OUT, emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function buildWeb(): Promise<void> {
  await Promise.all([buildExplorer(), buildWebApp()]);
}

if (require.main === module) {
  buildWeb().then(
    () => console.log(`built ${EXPLORER_OUT} and ${WEB_OUT}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
