/**
 * Reading settings from the environment: typed, with defaults in one place, failing fast with the variable's name.
 * Every variable is listed in README.md ("Configuration").
 */
import { join } from 'node:path';

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function envInt(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function envString(name: string, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

/** A TCP port: a whole number from 0 (any free port) to 65535. */
export function envPort(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const port = envInt(name, fallback, env);
  if (port > 65_535) throw new Error(`${name} must be a port number from 0 to 65535, got "${env[name]}"`);
  return port;
}

/**
 * An absolute URL with one of `protocols`. The value itself is not repeated in the message: URLs such as
 * DATABASE_URL may carry a password.
 */
export function envUrl(name: string, fallback: string, env: NodeJS.ProcessEnv = process.env, protocols = ['http:', 'https:']): string {
  const raw = envString(name, fallback, env);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute URL (${protocols.join('//…, ')}//…)`);
  }
  if (!protocols.includes(url.protocol)) throw new Error(`${name} must be a ${protocols.join(' or ')} URL, got a ${url.protocol} URL`);
  return raw;
}

/** Runs `read` (parsing or reading what a setting names), prefixing any error with the setting's name. */
export function fromSetting<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = env[name];
  if (raw === undefined || raw === '') throw new Error(`${name} is required in production (NODE_ENV=production)`);
  return raw;
}

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return envString('DATA_DIR', 'data', env);
}

/** Development key files, generated on first use; production takes keys from GATEWAY_*_JWK variables. */
export function devKeyFile(kind: 'gateway-principal' | 'dev-issuer', env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'keys', `${kind}.json`);
}

/** Default ports: the gateway on 4000, subgraphs from 4101 up in the order of SUBGRAPH_NAMES. */
export const DEFAULT_GATEWAY_PORT = 4000;
export const FIRST_SUBGRAPH_PORT = 4101;
