/**
 * Starts the whole chain in the test process: the six subgraphs and the gateway, each a real HTTP server on a
 * free port, each subgraph with its own store (SQLite files in a temporary folder, or PostgreSQL schemas of their
 * own when the store is 'postgres'), with fresh keys (the gateway's, each partner's) and a dev issuer the gateway trusts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey, type JsonWebKey, randomBytes, randomUUID } from 'node:crypto';
import {
  generateKeyPairJwk,
  importKey,
  type KeyPairJwk,
  loadRegister,
  type Principal,
  signPartnerProof,
  signPrincipal,
  signRolesPrincipal,
  type StoreConfig,
} from '../../common';
import { INTERMEDIARY_SUBGRAPH, SUBGRAPH_NAMES, subgraphDefaults, type SubgraphName } from '../../subgraphs/partners';
import { launchSubgraph, type RunningSubgraph, type SubgraphOwner } from '../../partner-kit';
import { DEFAULT_AUDIENCE, DEV_ISSUER, devIssuerJwks, signDevToken } from '../../gateway/src/auth/devIssuer';
import { type UserClaims } from '../../gateway/src/auth/claims';
import { DEFAULT_SUPERGRAPH_PATH, type GatewayConfig } from '../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../gateway/src/server';
import { regieOptionsFromEnv, type RegieOptions } from '../../subgraphs/regie/src/server';
import { subgraphModules } from '../../subgraphs/modules';
import { gatewayWitnessing, logKeyPairs, subgraphWitnessing } from './witnessing';

export type StoreKind = 'sqlite' | 'postgres';

/** The stores the suite runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const STORE_KINDS: StoreKind[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface StackOptions {
  store?: StoreKind;
  seedClients?: number;
  /** Start on the stores (and keys) of an earlier stack, for restart tests. */
  reuse?: StackStorage;
  /** The intermediary's options (e.g. a short handover expiry); defaults as in production. */
  regie?: Partial<RegieOptions>;
  /**
   * Partners follow regie's role-change stream and keep looked-up roles (ROLES_STREAM, the default: true); false for
   * suites that count each request's role lookups or store queries (the stream's feed is read every 200 ms).
   */
  rolesStream?: boolean;
  /** Another owner for a partner's data (OWNER_OIN in production); default: the demo partner. */
  owners?: Partial<Record<SubgraphName, SubgraphOwner>>;
  /** What clients may send and see at the gateway (default: the committed manifest, not required; schema for staff only). */
  gateway?: Pick<
    GatewayConfig,
    'clientAccess' | 'operationLimits' | 'organisationShare' | 'supergraphReload' | 'subgraphTimeoutsMs' | 'partnerCircuit'
  > & {
    /** The explorer's development sign-in, with the stack's dev issuer. */
    devSignIn?: boolean;
    /** Where the gateway sends a subgraph's fetches instead (e.g. a recording proxy in front of it). */
    subgraphUrls?: Partial<Record<SubgraphName, string>>;
  };
}

/** Where a stack keeps its data, so a second stack can start on the same stores. */
export interface StackStorage {
  store: StoreKind;
  sqliteDir: string;
  pgSchemaPrefix: string;
  gatewayKeys: KeyPairJwk;
  issuerKeys: KeyPairJwk;
  /** Each partner subgraph's signing key pair (PARTNER_SIGNING_JWK), whose public half regie knows. */
  partnerKeys: Partial<Record<SubgraphName, KeyPairJwk>>;
  /** The subgraphs' secret for the keyed hash of BSNs in their processing logs. */
  subjectKey: Buffer;
  /** Each log's head-signing key pair, by log name (subgraphs, and "gateway" for the audit log); see ./witnessing.ts. */
  logKeys: Record<string, KeyPairJwk>;
}

export interface TestStack {
  gateway: RunningGateway;
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph<never>>;
  storage: StackStorage;
  /** A dev token for the given claims (defaults: a municipal case worker allowed every registered activity). */
  token(claims?: Partial<UserClaims>, options?: { expiresInSeconds?: number; issuer?: string; audience?: string }): Promise<string>;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

const ALL_ACTIVITIES = loadRegister().activities.map((activity) => activity.id);

/** Where a stack's subgraph (or its gateway, for the audit log) keeps its store. */
export function storeConfig(storage: StackStorage, name: SubgraphName | 'gateway'): StoreConfig {
  if (storage.store === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    return { kind: 'postgres', url, schema: `${storage.pgSchemaPrefix}${name}`, poolSize: 4 };
  }
  return { kind: 'sqlite', file: join(storage.sqliteDir, `${name}.sqlite`) };
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const sqliteDir = options.reuse?.sqliteDir ?? mkdtempSync(join(tmpdir(), 'ketenregie-test-'));
  const storage: StackStorage = options.reuse ?? {
    store: options.store ?? 'sqlite',
    sqliteDir,
    // Dropped by the global teardown, after every suite has finished (see test/support/globalSetup.js).
    pgSchemaPrefix: `${process.env.KETENREGIE_TEST_RUN ?? 'tlocal'}_${randomBytes(3).toString('hex')}_`,
    gatewayKeys: await generateKeyPairJwk('gateway-test'),
    issuerKeys: await generateKeyPairJwk('issuer-test'),
    partnerKeys: await partnerKeyPairs(),
    subjectKey: randomBytes(32),
    logKeys: await logKeyPairs(sqliteDir),
  };
  const gatewayPublicKey = await importKey(storage.gatewayKeys.publicJwk);
  const partnerKeys = new Map(
    Object.entries(storage.partnerKeys).map(([name, pair]) => [
      name,
      createPublicKey({ key: pair.publicJwk as JsonWebKey, format: 'jwk' }),
    ]),
  );
  // Regie asks an opener's subgraph whether it knows the client; the partners' URLs are known once they listen.
  const subgraphUrls = new Map<string, string>();
  const modules = subgraphModules({
    ...regieOptionsFromEnv({}),
    partnerKeys: (name) => partnerKeys.get(name),
    subgraphUrls,
    ...options.regie,
  });
  const register = loadRegister();
  const started: RunningSubgraph<never>[] = [];
  try {
    // The intermediary comes first in SUBGRAPH_NAMES: the partners ask it for roles.
    let rolesUrl = '';
    for (const name of SUBGRAPH_NAMES) {
      const subgraph = await launchSubgraph(modules[name], {
        store: storeConfig(storage, name),
        gatewayKey: gatewayPublicKey,
        port: 0,
        seedClients: options.seedClients ?? 600,
        intermediary: INTERMEDIARY_SUBGRAPH,
        rolesUrl,
        owner: options.owners?.[name] ?? (modules[name].sharesPartnerData ? subgraphDefaults(name).demoOwner : undefined),
        partnerKey: await partnerSigningKey(storage, name),
        rolesStream: options.rolesStream,
        register,
        subjectKey: storage.subjectKey,
        witnessing: await subgraphWitnessing(storage.logKeys, storage.sqliteDir, name),
      });
      if (name === INTERMEDIARY_SUBGRAPH) rolesUrl = subgraph.url;
      subgraphUrls.set(name, subgraph.url);
      started.push(subgraph);
    }
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, RunningSubgraph<never>>;
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(options.gateway?.supergraphReload?.path ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    supergraphReload: options.gateway?.supergraphReload,
    subgraphUrls: { ...Object.fromEntries(started.map((s) => [s.name, s.url])), ...options.gateway?.subgraphUrls },
    trustedIssuers: [{ issuer: DEV_ISSUER, staff: true, citizens: true, jwks: devIssuerJwks(storage.issuerKeys) }],
    audience: DEFAULT_AUDIENCE,
    algorithms: ['EdDSA', 'ES256'],
    principalKey: await importKey(storage.gatewayKeys.privateJwk),
    register,
    // Generous: 50 concurrent mutations on a busy CI machine can take seconds; no test waits for this timeout.
    subgraphTimeoutMs: 15_000,
    clientAccess: options.gateway?.clientAccess,
    operationLimits: options.gateway?.operationLimits,
    organisationShare: options.gateway?.organisationShare,
    subgraphTimeoutsMs: options.gateway?.subgraphTimeoutsMs,
    partnerCircuit: options.gateway?.partnerCircuit,
    devSignIn: options.gateway?.devSignIn ? storage.issuerKeys : undefined,
    auditStore: storeConfig(storage, 'gateway'),
    auditWitnessing: await gatewayWitnessing(storage.logKeys, storage.sqliteDir),
  }).catch(async (error: unknown) => {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  });
  // The logs' first hand-overs to their witnesses run in the background at start-up; a stack is returned once they
  // are done, so a test that counts what the stores or subgraphs do sees only its own requests.
  await Promise.all([...started.map((s) => s.logHandOver?.handOver()), gateway.auditHandOver?.handOver()]);

  return {
    gateway,
    gatewayUrl: gateway.url,
    subgraphs,
    storage,
    token(claims = {}, tokenOptions = {}) {
      return signDevToken(storage.issuerKeys, {
        claims: { sub: 'case-worker-1', org: '00000009200000000002', activities: ALL_ACTIVITIES, staff: false, ...claims },
        ...tokenOptions,
      });
    },
    async stop({ keepData = false } = {}) {
      await gateway.stop();
      await Promise.all(started.map((s) => s.stop()));
      if (!keepData) rmSync(storage.sqliteDir, { recursive: true, force: true });
    },
  };
}

async function partnerKeyPairs(): Promise<Partial<Record<SubgraphName, KeyPairJwk>>> {
  const partners = SUBGRAPH_NAMES.filter((name) => name !== INTERMEDIARY_SUBGRAPH);
  return Object.fromEntries(await Promise.all(partners.map(async (name) => [name, await generateKeyPairJwk(`${name}-test`)] as const)));
}

async function partnerSigningKey(storage: StackStorage, name: SubgraphName) {
  const pair = storage.partnerKeys[name];
  return pair ? importKey(pair.privateJwk) : undefined;
}

export const TEST_PRINCIPAL = { org: '00000009200000000002', sub: 'direct-caller', activity: 'schuldhulp-intake', staff: false };

/** A principal signed with the stack's gateway key, as the gateway would send it to `audience`. */
export async function gatewayPrincipal(
  stack: TestStack,
  audience: string,
  overrides: Partial<Principal> = {},
  now?: number,
): Promise<string> {
  return signPrincipal({ ...TEST_PRINCIPAL, ...overrides }, await importKey(stack.storage.gatewayKeys.privateJwk), audience, now);
}

/** A role-lookup principal signed with the stack's gateway key, as the gateway sends it with one fetch to `partner`. */
export async function gatewayRolesPrincipal(
  stack: TestStack,
  partner: SubgraphName,
  overrides: Partial<Principal> = {},
  now?: number,
): Promise<string> {
  const key = await importKey(stack.storage.gatewayKeys.privateJwk);
  return signRolesPrincipal({ ...TEST_PRINCIPAL, ...overrides }, key, { partner, requestId: randomUUID(), lifetimeMs: 10_000 }, now);
}

/** The proof `partner` sends with a role lookup, signed with its key in the stack (or `signedBy`'s, to impersonate). */
export async function partnerProof(
  stack: TestStack,
  rolesPrincipal: string,
  partner: SubgraphName,
  signedBy: SubgraphName = partner,
  now?: number,
): Promise<string> {
  const pair = stack.storage.partnerKeys[signedBy];
  if (!pair) throw new Error(`${signedBy} has no partner key in this stack`);
  return signPartnerProof(rolesPrincipal, partner, await importKey(pair.privateJwk), now);
}
