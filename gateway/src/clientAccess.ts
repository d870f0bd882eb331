/**
 * The settings for what clients may send and see (README, "Configuration"): persisted-only mode and its manifest,
 * who may introspect, and where the built explorer and reference front end are. Production defaults are the strict
 * ones: persisted operations only for partners, introspection for staff only.
 */
import { join } from 'node:path';
import { envString, isProduction } from '../../common';
import { type IntrospectionAccess } from './introspection';
import { DEFAULT_MANIFEST_PATH, loadPersistedOperations, type PersistedOperations } from './persisted/manifest';

export const DEFAULT_EXPLORER_DIR = join(__dirname, '..', '..', 'dist', 'explorer');

export interface ClientAccessConfig {
  /** The manifest's operations, and whether partners may send only those. */
  persistedOperations: { operations: PersistedOperations; only: boolean };
  introspection: IntrospectionAccess;
  /** The built explorer (served at /explorer); the reference front end (served at /app/ when set). */
  explorerDir: string;
  webAppDir?: string;
}

/** When a config (e.g. a test's) does not say: the committed manifest, not required; schema for staff only. */
export function defaultClientAccess(): ClientAccessConfig {
  return {
    persistedOperations: { operations: loadPersistedOperations(), only: false },
    introspection: 'staff',
    explorerDir: DEFAULT_EXPLORER_DIR,
  };
}

function onOff(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = envString(name, fallback ? 'on' : 'off', env);
  if (raw !== 'on' && raw !== 'off') throw new Error(`${name} must be "on" or "off", got "${raw}"`);
  return raw === 'on';
}

function introspectionFromEnv(env: NodeJS.ProcessEnv): IntrospectionAccess {
  const production = isProduction(env);
  const raw = envString('INTROSPECTION', production ? 'staff' : 'everyone', env);
  if (raw !== 'staff' && raw !== 'everyone') throw new Error(`INTROSPECTION must be "staff" or "everyone", got "${raw}"`);
  if (raw === 'everyone' && production) throw new Error('INTROSPECTION=everyone is refused in production: the schema is for staff only');
  return raw;
}

export function clientAccessFromEnv(env: NodeJS.ProcessEnv = process.env): ClientAccessConfig {
  const webAppDir = env.WEB_APP_DIR;
  return {
    persistedOperations: {
      operations: loadPersistedOperations(envString('PERSISTED_MANIFEST_PATH', DEFAULT_MANIFEST_PATH, env)),
      only: onOff('PERSISTED_ONLY', isProduction(env), env),
    },
    introspection: introspectionFromEnv(env),
    explorerDir: envString('EXPLORER_DIR', DEFAULT_EXPLORER_DIR, env),
    ...(webAppDir ? { webAppDir } : {}),
  };
}
