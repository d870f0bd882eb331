/**
 * `npm run -s docker:secrets`: the keys docker/compose.yaml mounts as secrets, written once under docker/secrets/
 * (not committed): the gateway's principal key pair, and each subgraph's LOG_SUBJECT_KEY. Existing files are
 * kept: a new subject key would make earlier processing-log records unfindable for a citizen's inquiry.
 * scripts/k8s-files.ts writes the same set for Kubernetes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateKeyPairJwk } from '../common';
import { SUBGRAPH_NAMES } from '../subgraphs/partners';

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
}

if (require.main === module) writeSecrets(join(ROOT, 'docker', 'secrets')).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
