/**
 * `npm run -s docker:secrets`: the keys docker/compose.yaml mounts as secrets, written once under docker/secrets/
 * (not committed): the gateway's principal key pair, each subgraph's LOG_SUBJECT_KEY, and each partner subgraph's
 * signing key pair (PARTNER_SIGNING_JWK); beside them the partner registry regie mounts, docker/config/partners.json
 * with those partners' public keys, rewritten every run. Existing keys are kept: a new subject key would make
 * earlier processing-log records unfindable for a citizen's inquiry.
 * scripts/k8s-files.ts writes the same set for Kubernetes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateKeyPairJwk } from '../common';
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
  const withKeys = registry.map((entry) => (entry.subgraph && publicJwks.has(entry.subgraph) ? { ...entry, publicJwk: publicJwks.get(entry.subgraph) } : entry));
  writeFileSync(join(dir, 'partners.json'), `${JSON.stringify(withKeys, null, 2)}\n`, { mode: 0o644 });
  console.log(`wrote   ${relative(ROOT, join(dir, 'partners.json'))}`);
}

if (require.main === module) writeSecrets(join(ROOT, 'docker', 'secrets')).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
