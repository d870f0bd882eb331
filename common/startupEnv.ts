/**
 * What every process does with its environment before reading a single setting: refuse an unknown NODE_ENV (a
 * typo such as "prod" would otherwise start with development keys and the dev issuer), refuse a setting that was
 * removed (an operator who sets it expects an effect it no longer has), and resolve `<NAME>_FILE`
 * settings for secrets, the way Docker and Kubernetes hand them out: the variable names a file holding the value.
 */
import { readFileSync } from 'node:fs';

const NODE_ENVS = ['development', 'test', 'production', 'benchmark'];

/**
 * The settings that may come from a file: the secrets, and what tends to be kept with them. A fixed list: other
 * programs' `*_FILE` variables in the same environment are none of ours.
 */
export const FILE_SETTINGS = [
  'GATEWAY_PRIVATE_JWK',
  'GATEWAY_PUBLIC_JWK',
  'PARTNER_SIGNING_JWK',
  'LOG_SUBJECT_KEY',
  'DATABASE_URL',
  'PGPASSWORD',
  'TRUSTED_ISSUERS',
] as const;

export function checkNodeEnv(env: NodeJS.ProcessEnv): void {
  const value = env.NODE_ENV;
  if (value !== undefined && value !== '' && !NODE_ENVS.includes(value)) {
    throw new Error(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (or unset), got "${value}"`);
  }
}

/** Settings that no longer exist, with what replaced them. */
const REMOVED_SETTINGS: Readonly<Record<string, string>> = {
  ROLES_CACHE_TTL_MS:
    "partners no longer keep roles for a fixed time: they keep them while they follow regie's role-change stream (ROLES_STREAM, docs/cases-and-roles.md); remove the setting",
};

export function checkRemovedSettings(env: NodeJS.ProcessEnv): void {
  for (const [name, replacement] of Object.entries(REMOVED_SETTINGS)) {
    if (env[name] !== undefined) throw new Error(`${name} was removed: ${replacement}`);
  }
}

/** Sets NAME from the file NAME_FILE points to (a trailing newline removed); both at once is a mistake. */
export function applyFileSettings(env: NodeJS.ProcessEnv): void {
  for (const name of FILE_SETTINGS) {
    const fileName = `${name}_FILE`;
    const path = env[fileName];
    if (!path) continue;
    if (env[name]) throw new Error(`Set ${name} or ${fileName}, not both`);
    try {
      env[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new Error(`${fileName} names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
}

/** All of the above, in place, at the start of a process. */
export function prepareEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  checkNodeEnv(env);
  checkRemovedSettings(env);
  applyFileSettings(env);
  return env;
}
