/**
 * `npm run -s docker:secrets`: the keys docker/compose.yaml mounts as secrets, written once under docker/secrets/
 * (not committed): the gateway's principal key pair, each subgraph's LOG_SUBJECT_KEY, and each partner subgraph's
 * signing key pair (PARTNER_SIGNING_JWK), and a log head-signing key pair per process (LOG_SIGNING_JWK: each subgraph's
 * processing log and the gateways' audit log, docs/processing-logs.md "Witnessed heads"); beside them, rewritten every
 * run from those keys, the partner registry regie mounts (docker/config/partners.json with the partners' public
 * keys) and each subgraph's LOG_PUBLIC_KEYS: the public keys of the logs it witnesses. Existing keys are kept: a new
 * subject key would make earlier processing-log records unfindable for a citizen's inquiry, and a new head-signing
 * key would make a witness refuse the log's next head until its LOG_PUBLIC_KEYS is updated.
 * scripts/k8s-files.ts writes the same set for Kubernetes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AUDIT_LOG_NAME, generateKeyPairJwk } from '../common';
import { INTERMEDIARY_SUBGRAPH, SUBGRAPH_NAMES } from '../subgraphs/partners';

const ROOT = join(__dirname, '..');

/** Writes `content` to `dir/name` unless the file exists (mode 0600). */
export function writeOnce(dir: string, name: string, content: string): void {
  const file = join(dir, name);
  if (existsSync(file)) return console.log(`kept    ${relative(ROOT, file)}`);
  writeFileSync(file, content, { mode: 0o600 });
  console.log(`created ${relative(ROOT, file)}`);
}

/** The gateway's key pair and every subgraph's subject key, in `dir`. */
export async function writeSecrets(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(join(dir, 'gateway_private_jwk.json')) || !existsSync(join(dir, 'gateway_public_jwk.json'))) {
    const pair = await generateKeyPairJwk(`gateway-${new Date().toISOString().slice(0, 10)}`);
    writeFileSync(join(dir, 'gateway_private_jwk.json'), JSON.stringify(pair.privateJwk), { mode: 0o600 });
    writeFileSync(join(dir, 'gateway_public_jwk.json'), JSON.stringify(pair.publicJwk), { mode: 0o600 });
    console.log(`created ${relative(ROOT, dir)}/gateway_private_jwk.json, gateway_public_jwk.json`);
  }
  for (const name of SUBGRAPH_NAMES) writeOnce(dir, `log_subject_key_${name}`, randomBytes(32).toString('base64'));
  await writePartnerKeys(dir);
  await writeLogKeys(dir);
}

/** A key pair as two files, `<prefix>_signing_jwk_<name>.json` (private) and `<prefix>_public_jwk_<name>.json`, made once; the public half. */
async function keyPairOnce(dir: string, prefix: string, name: string): Promise<unknown> {
  const [privateFile, publicFile] = [join(dir, `${prefix}_signing_jwk_${name}.json`), join(dir, `${prefix}_public_jwk_${name}.json`)];
  if (!existsSync(privateFile) || !existsSync(publicFile)) {
    const pair = await generateKeyPairJwk(`${prefix}-${name}-${new Date().toISOString().slice(0, 10)}`);
    writeFileSync(privateFile, JSON.stringify(pair.privateJwk), { mode: 0o600 });
    writeFileSync(publicFile, JSON.stringify(pair.publicJwk), { mode: 0o600 });
    console.log(`created ${relative(ROOT, privateFile)}, ${relative(ROOT, publicFile)}`);
  }
  return JSON.parse(readFileSync(publicFile, 'utf8'));
}

/**
 * Witnessed logs: a head-signing key pair per log (each subgraph's, and the gateways' audit log, one key for all
 * replicas), and each subgraph's LOG_PUBLIC_KEYS: at the intermediary the partners' logs, at a partner the audit
 * log. Written as `log_public_keys_<name>.json` (Kubernetes ConfigMap) and `log_public_keys_<name>.env` (Compose
 * env_file), and every log's public key in `log_public_keys.json` for `npm run log:verify`.
 */
async function writeLogKeys(dir: string): Promise<void> {
  const publicJwks: Record<string, unknown> = {};
  for (const name of [...SUBGRAPH_NAMES, AUDIT_LOG_NAME]) publicJwks[name] = await keyPairOnce(dir, 'log', name);
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, publicJwks[name]]));
  for (const name of SUBGRAPH_NAMES) {
    const witnessed = name === INTERMEDIARY_SUBGRAPH ? SUBGRAPH_NAMES.filter((n) => n !== INTERMEDIARY_SUBGRAPH) : [AUDIT_LOG_NAME];
    const json = JSON.stringify(pick(witnessed));
    writeFileSync(join(dir, `log_public_keys_${name}.json`), `${json}\n`, { mode: 0o644 });
    writeFileSync(join(dir, `log_public_keys_${name}.env`), `LOG_PUBLIC_KEYS=${json}\n`, { mode: 0o644 });
  }
  writeFileSync(join(dir, 'log_public_keys.json'), `${JSON.stringify(publicJwks)}\n`, { mode: 0o644 });
  console.log(`wrote   ${relative(ROOT, dir)}/log_public_keys_<name>.json, .env and log_public_keys.json`);
}

/** Each partner subgraph's signing key pair, and the partner registry with their public halves (`publicJwk`). */
async function writePartnerKeys(dir: string): Promise<void> {
  const publicJwks = new Map<string, unknown>();
  for (const name of SUBGRAPH_NAMES.filter((n) => n !== INTERMEDIARY_SUBGRAPH)) {
    const [privateFile, publicFile] = [join(dir, `partner_signing_jwk_${name}.json`), join(dir, `partner_public_jwk_${name}.json`)];
    if (!existsSync(privateFile) || !existsSync(publicFile)) {
      const pair = await generateKeyPairJwk(`${name}-${new Date().toISOString().slice(0, 10)}`);
      writeFileSync(privateFile, JSON.stringify(pair.privateJwk), { mode: 0o600 });
      writeFileSync(publicFile, JSON.stringify(pair.publicJwk), { mode: 0o600 });
      console.log(`created ${relative(ROOT, privateFile)}, ${relative(ROOT, publicFile)}`);
    }
    publicJwks.set(name, JSON.parse(readFileSync(publicFile, 'utf8')));
  }
  const registry = JSON.parse(readFileSync(join(ROOT, 'docker', 'config', 'partners.json'), 'utf8')) as Array<{ subgraph?: string | null }>;
  const withKeys = registry.map((entry) =>
    entry.subgraph && publicJwks.has(entry.subgraph) ? { ...entry, publicJwk: publicJwks.get(entry.subgraph) } : entry,
  );
  writeFileSync(join(dir, 'partners.json'), `${JSON.stringify(withKeys, null, 2)}\n`, { mode: 0o644 });
  console.log(`wrote   ${relative(ROOT, join(dir, 'partners.json'))}`);
}

if (require.main === module)
  writeSecrets(join(ROOT, 'docker', 'secrets')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
