/**
 * `npm run -s docker:secrets`: the keys docker/compose.yaml mounts as secrets, written once under docker/secrets/
 * (not committed): the gateway's principal key pair, and each subgraph's LOG_SUBJECT_KEY. Existing files are
 * kept: a new subject key would make earlier processing-log records unfindable for a citizen's inquiry.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairJwk } from '../common/keys';
import { SUBGRAPH_NAMES } from '../common/partners';

const DIR = join(__dirname, '..', 'docker', 'secrets');

function writeOnce(name: string, content: string): void {
  const file = join(DIR, name);
  if (existsSync(file)) return console.log(`kept    docker/secrets/${name}`);
  writeFileSync(file, content, { mode: 0o600 });
  console.log(`created docker/secrets/${name}`);
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true, mode: 0o700 });
  const hasPair = existsSync(join(DIR, 'gateway_private_jwk.json')) && existsSync(join(DIR, 'gateway_public_jwk.json'));
  if (!hasPair) {
    const pair = await generateKeyPairJwk(`gateway-${new Date().toISOString().slice(0, 10)}`);
    writeFileSync(join(DIR, 'gateway_private_jwk.json'), JSON.stringify(pair.privateJwk), { mode: 0o600 });
    writeFileSync(join(DIR, 'gateway_public_jwk.json'), JSON.stringify(pair.publicJwk), { mode: 0o600 });
    console.log('created docker/secrets/gateway_private_jwk.json, gateway_public_jwk.json');
  }
  for (const name of SUBGRAPH_NAMES) writeOnce(`log_subject_key_${name}`, randomBytes(32).toString('base64'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
