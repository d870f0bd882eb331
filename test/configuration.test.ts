/**
 * Start-up fails fast, naming the variable, when a setting is missing in production or malformed anywhere; and
 * every setting the code reads is documented in docs/configuration.md, with its default.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applyFileSettings, checkNodeEnv, checkRemovedSettings, generateKeyPairJwk, type KeyPairJwk, storeConfigFromEnv } from '../common';
import { gatewayConfigFromEnv } from '../gateway/src/config';

const ROOT = join(__dirname, '..');
let keys: KeyPairJwk;
const issuers = JSON.stringify([{ issuer: 'https://login.example.org', jwksUri: 'https://login.example.org/jwks.json' }]);

beforeAll(async () => {
  keys = await generateKeyPairJwk('config-test');
});

function productionGateway(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    TRUSTED_ISSUERS: issuers,
    GATEWAY_PRIVATE_JWK: JSON.stringify(keys.privateJwk),
    LOG_SIGNING_JWK: JSON.stringify(keys.privateJwk),
    ...overrides,
  };
}

describe('the gateway refuses to start, naming the setting', () => {
  it('starts with a complete production configuration', async () => {
    await expect(gatewayConfigFromEnv(productionGateway())).resolves.toMatchObject({ port: 4000 });
  });

  it.each(['TRUSTED_ISSUERS', 'GATEWAY_PRIVATE_JWK'])('without %s in production', async (name) => {
    await expect(gatewayConfigFromEnv(productionGateway({ [name]: undefined }))).rejects.toThrow(
      new RegExp(`^${name} is required in production`),
    );
  });

  it("without the audit log's head-signing key in production, or with its public half", async () => {
    await expect(gatewayConfigFromEnv(productionGateway({ LOG_SIGNING_JWK: undefined }))).rejects.toThrow(
      /^LOG_SIGNING_JWK or LOG_SIGNING_JWK_FILE is required in production/,
    );
    await expect(gatewayConfigFromEnv(productionGateway({ LOG_SIGNING_JWK: JSON.stringify(keys.publicJwk) }))).rejects.toThrow(
      /^LOG_SIGNING_JWK must be a private key/,
    );
  });

  it.each([
    ['PORT', '65536', /^PORT must be a port number/],
    ['PORT', 'eighty', /^PORT must be a whole number/],
    ['SUBGRAPH_URL_UWV', 'uwv:4100', /^SUBGRAPH_URL_UWV must be a http: or https: URL/],
    ['SUBGRAPH_URL_SVB', 'not a url', /^SUBGRAPH_URL_SVB must be an absolute URL/],
    ['TRUSTED_ISSUERS', '{"issuer": "x"}', /^TRUSTED_ISSUERS must be a JSON list/],
    ['TRUSTED_ISSUERS', '[{"issuer": "x", "jwksUri": "file:///etc/passwd"}]', /^TRUSTED_ISSUERS\[0\]\.jwksUri must be an http\(s\) URL/],
    ['GATEWAY_PRIVATE_JWK', '{not json', /^GATEWAY_PRIVATE_JWK must be a JSON Web Key/],
    ['DEV_ISSUER', 'on', /^DEV_ISSUER=on is refused in production/],
    ['DEV_ISSUER', 'yes', /^DEV_ISSUER must be "on" or "off"/],
    ['SUPERGRAPH_PATH', '/nonexistent/supergraph.graphql', /^SUPERGRAPH_PATH: /],
    ['SUPERGRAPH_WATCH', 'yes', /^SUPERGRAPH_WATCH must be "on" or "off"/],
    ['REGISTER_PATH', '/nonexistent/register.json', /^REGISTER_PATH: /],
    ['SUBGRAPH_TIMEOUT_MS', '-1', /^SUBGRAPH_TIMEOUT_MS must be a whole number/],
  ])('with %s=%s', async (name, value, message) => {
    await expect(gatewayConfigFromEnv(productionGateway({ [name]: value }))).rejects.toThrow(message);
  });

  it('with the public half of the key where the private one belongs', async () => {
    await expect(gatewayConfigFromEnv(productionGateway({ GATEWAY_PRIVATE_JWK: JSON.stringify(keys.publicJwk) }))).rejects.toThrow(
      /^GATEWAY_PRIVATE_JWK must be a private key/,
    );
  });
});

describe('stores', () => {
  it('refuse a DATABASE_URL that is not PostgreSQL, without repeating it (it may hold a password)', () => {
    expect(() => storeConfigFromEnv('uwv', { DATABASE_URL: 'mysql://user:s3cret@db/x' })).toThrow(
      /^DATABASE_URL must be a postgres: or postgresql: URL/,
    );
    expect(() => storeConfigFromEnv('uwv', { DATABASE_URL: 'postgres://user:s3cret@db:port/x' })).toThrow(
      /^DATABASE_URL must be an absolute URL[^]*$/,
    );
    expect(() => storeConfigFromEnv('uwv', { DATABASE_URL: 'postgres://user:s3cret@db:port/x' })).not.toThrow(/s3cret/);
  });

  it('refuse a DATABASE_SCHEMA_PREFIX that is no schema name', () => {
    expect(() => storeConfigFromEnv('uwv', { DATABASE_URL: 'postgres://db/x', DATABASE_SCHEMA_PREFIX: 'Prod-' })).toThrow(
      /^DATABASE_SCHEMA_PREFIX must be/,
    );
    expect(storeConfigFromEnv('uwv', { DATABASE_URL: 'postgres://db/x', DATABASE_SCHEMA_PREFIX: 'prod_' })).toMatchObject({
      kind: 'postgres',
      schema: 'prod_uwv',
    });
  });
});

describe('the environment at start-up', () => {
  it('refuses an unknown NODE_ENV (a typo would start with development keys)', () => {
    expect(() => checkNodeEnv({ NODE_ENV: 'prod' })).toThrow(/^NODE_ENV must be one of/);
    for (const value of [undefined, 'production', 'development', 'test', 'benchmark'])
      expect(() => checkNodeEnv({ NODE_ENV: value })).not.toThrow();
  });

  it('refuses a removed setting, naming what replaced it, instead of ignoring it', () => {
    expect(() => checkRemovedSettings({ ROLES_CACHE_TTL_MS: '5000' })).toThrow(/^ROLES_CACHE_TTL_MS was removed: .*ROLES_STREAM/);
    expect(() => checkRemovedSettings({ ROLES_STREAM: 'on' })).not.toThrow();
  });

  it('reads a secret from the file <NAME>_FILE names, and refuses both or an unreadable file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketenregie-config-')), 'key');
    writeFileSync(file, 'c2VjcmV0\n');
    const env: NodeJS.ProcessEnv = { LOG_SUBJECT_KEY_FILE: file, UNRELATED_FILE: '/nonexistent' };
    applyFileSettings(env);
    expect(env.LOG_SUBJECT_KEY).toBe('c2VjcmV0');
    expect(() => applyFileSettings({ GATEWAY_PUBLIC_JWK: '{}', GATEWAY_PUBLIC_JWK_FILE: file })).toThrow(
      /^Set GATEWAY_PUBLIC_JWK or GATEWAY_PUBLIC_JWK_FILE, not both/,
    );
    expect(() => applyFileSettings({ GATEWAY_PRIVATE_JWK_FILE: '/nonexistent/key.json' })).toThrow(
      /^GATEWAY_PRIVATE_JWK_FILE names a file that cannot be read/,
    );
  });
});

describe('a real process stops at once with the variable in its message', () => {
  const run = promisify(execFile);
  async function failure(entry: string, env: NodeJS.ProcessEnv): Promise<string> {
    try {
      await run(process.execPath, ['--import', 'tsx', join(ROOT, entry)], {
        env: { PATH: process.env.PATH, LOG_LEVEL: 'error', ...env },
        timeout: 60_000,
      });
    } catch (error) {
      return String((error as { stderr?: string }).stderr);
    }
    throw new Error(`${entry} started although its configuration is incomplete`);
  }

  it('a subgraph without GATEWAY_PUBLIC_JWK in production, or with a malformed REGIE_URL', async () => {
    const [missing, malformed] = await Promise.all([
      failure('subgraphs/svb/src/index.ts', { NODE_ENV: 'production', OWNER_OIN: '00000009400000000004' }),
      failure('subgraphs/svb/src/index.ts', { REGIE_URL: 'regie:4100', DATA_DIR: mkdtempSync(join(tmpdir(), 'ketenregie-config-')) }),
    ]);
    expect(missing).toMatch(/^svb: cannot start: GATEWAY_PUBLIC_JWK is required in production/m);
    expect(malformed).toMatch(/^svb: cannot start: REGIE_URL must be a http: or https: URL/m);
  });

  it('a partner subgraph without its signing key (PARTNER_SIGNING_JWK) in production, or with only its public half', async () => {
    const keys = await generateKeyPairJwk('gateway');
    const production = { NODE_ENV: 'production', OWNER_OIN: '00000009400000000004', GATEWAY_PUBLIC_JWK: JSON.stringify(keys.publicJwk) };
    const [missing, publicHalf] = await Promise.all([
      failure('subgraphs/svb/src/index.ts', production),
      failure('subgraphs/svb/src/index.ts', { ...production, PARTNER_SIGNING_JWK: JSON.stringify(keys.publicJwk) }),
    ]);
    expect(missing).toMatch(/^svb: cannot start: PARTNER_SIGNING_JWK is required in production/m);
    expect(publicHalf).toMatch(/^svb: cannot start: PARTNER_SIGNING_JWK must be a private key/m);
  });

  it('the gateway without TRUSTED_ISSUERS in production', async () => {
    expect(await failure('gateway/src/index.ts', { NODE_ENV: 'production' })).toMatch(
      /^gateway: cannot start: TRUSTED_ISSUERS is required in production/m,
    );
  });
});

describe('docs/configuration.md', () => {
  /** Every setting the services read: names in env.X, process.env.X and the env helpers' first argument. */
  function settingsInCode(): Set<string> {
    const names = new Set<string>();
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
          if (!['__tests__', '__generated__', 'node_modules'].includes(entry)) visit(path);
        } else if (entry.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          for (const match of text.matchAll(
            /\benv\.([A-Z][A-Z0-9_]+)|\b(?:envInt|envString|envPort|envUrl|requireEnv|fromSetting|onOff)\(\s*['`]([A-Z][A-Z0-9_]*)/g,
          )) {
            names.add(match[1] ?? match[2] ?? '');
          }
        }
      }
    };
    for (const dir of ['common', 'partner-kit', 'gateway/src', 'subgraphs']) visit(join(ROOT, dir));
    return names;
  }

  it('documents every setting the code reads, with a default', () => {
    const rows = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const documented = new Map<string, string>();
    for (const row of rows) {
      const cells = row.split(' | ');
      for (const [, name] of (cells[0] ?? '').matchAll(/`([A-Z][A-Z0-9_]*(?:<NAME>)?)`/g))
        documented.set((name ?? '').replace('<NAME>', ''), cells[2] ?? '');
    }
    const missing = [...settingsInCode()].filter((name) => !documented.has(name) && name !== 'APOLLO_TELEMETRY_DISABLED');
    expect(missing).toEqual([]);
    for (const [name, fallback] of documented) expect([name, fallback.trim()]).not.toEqual([name, '']);
  });
});
