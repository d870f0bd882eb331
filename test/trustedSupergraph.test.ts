/**
 * Issue 14, item 4: the gateway refuses to start with a supergraph in which personal data has no policy, or a policy
 * names an activity the register does not know, with composition's own messages; through the real entry point, as
 * an operator would start it with SUPERGRAPH_PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegister } from '../common';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { assertSupergraphPolicies } from '../gateway/src/trustedSupergraph';

const ROOT = join(__dirname, '..');
const supergraph = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');

/** The supergraph with every @disclose use removed (the directive's definition stays). */
function withoutPolicies(sdl: string): string {
  return sdl
    .split('\n')
    .map((line) => (line.trimStart().startsWith('directive') ? line : line.replace(/@disclose\((?:[^()]|\([^)]*\))*\)/g, '')))
    .join('\n');
}

function startGatewayWith(sdl: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ketenregie-supergraph-'));
  try {
    const path = join(dir, 'supergraph.graphql');
    writeFileSync(path, sdl);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'src', 'index.ts')], {
      env: { ...process.env, SUPERGRAPH_PATH: path, DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'error', NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the gateway trusts no supergraph it is given', () => {
  it('refuses to start when personal data has no policy, naming the fields as composition does', () => {
    const { status, stderr } = startGatewayWith(withoutPolicies(supergraph));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^gateway: cannot start: the supergraph breaks the sharing policies/);
    expect(stderr).toContain(
      'Client.uwv carries personal data but declares no @disclose policy (deny by default: add one to the field or its type)',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to start when a policy names an activity missing from the register', () => {
    const broken = supergraph.replace(
      'for: ["bijstand-beoordeling"], category: SPECIAL_HEALTH',
      'for: ["nergens-voor"], category: SPECIAL_HEALTH',
    );
    expect(broken).not.toBe(supergraph);
    const { status, stderr } = startGatewayWith(broken);
    expect(status).toBe(1);
    expect(stderr).toContain('WmoSupport.healthLimitation: @disclose names "nergens-voor", which is not an activity in the register');
  });

  it('accepts the composed supergraph, and one without personal-data entities', () => {
    expect(() => assertSupergraphPolicies(supergraph, loadRegister())).not.toThrow();
    const withoutClient = 'schema { query: Query } type Query { partners: [Partner!]! } type Partner { oin: String! name: String! }';
    expect(() => assertSupergraphPolicies(withoutClient, loadRegister())).not.toThrow();
  });
});
