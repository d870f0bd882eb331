/**
 * `npm run -s k8s:files`: what deploy/k8s/kustomization.yaml generates its ConfigMaps and Secrets from, written
 * once (existing files are kept; only the supergraph is copied again on every run, so that a recomposed one reaches
 * `kubectl apply -k` and the running gateways) into deploy/k8s/config/ and deploy/k8s/secrets/, neither committed: the
 * supergraph, register and partner registry (with the partners' public keys) to serve, the settings (OINs, trusted issuers, the gateway's public
 * key), each subgraph's LOG_PUBLIC_KEYS, the keys (log head-signing keys included), and a placeholder for the
 * database URL to edit.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO_PARTNERS, PartnerKind, SUBGRAPH_NAMES } from '../subgraphs/partners';
import { writeOnce, writeSecrets } from './docker-secrets';

const ROOT = join(__dirname, '..');
const K8S = join(ROOT, 'deploy', 'k8s');

function copyOnce(from: string, to: string): void {
  if (!existsSync(to)) copyFileSync(from, to);
}

/** The composed supergraph, every run (it is generated, never edited here); says when it changed. */
function copySupergraph(from: string, to: string): void {
  const changed = !existsSync(to) || readFileSync(to, 'utf8') !== readFileSync(from, 'utf8');
  if (!changed) return;
  copyFileSync(from, `${to}.next`);
  renameSync(`${to}.next`, to);
  console.log(
    `wrote ${relative(ROOT, to)}: kubectl apply -k deploy/k8s updates the ConfigMap ketenregie-supergraph, and the gateways reload it`,
  );
}

async function main(): Promise<void> {
  const config = join(K8S, 'config');
  const secrets = join(K8S, 'secrets');
  mkdirSync(config, { recursive: true });
  copySupergraph(join(ROOT, 'schema', 'supergraph.graphql'), join(config, 'supergraph.graphql'));
  copyOnce(join(ROOT, 'schema', 'register.json'), join(config, 'register.json'));
  await writeSecrets(secrets);
  // The partner registry with each partner's public key (PARTNER_SIGNING_JWK's other half).
  copyOnce(join(secrets, 'partners.json'), join(config, 'partners.json'));
  // Each subgraph's LOG_PUBLIC_KEYS (the public halves of the log keys it witnesses), for the log-public-keys ConfigMap.
  for (const name of SUBGRAPH_NAMES) copyOnce(join(secrets, `log_public_keys_${name}.json`), join(config, `log_public_keys_${name}.json`));
  writeOnce(secrets, 'database_url', 'postgres://ketenregie:CHANGE-ME@postgres.example.internal:5432/ketenregie?sslmode=require');
  const settings = [
    `TRUSTED_ISSUERS=[{"issuer":"https://login.example.org","jwksUri":"https://login.example.org/.well-known/jwks.json","staff":false}]`,
    `GATEWAY_PUBLIC_JWK=${readFileSync(join(secrets, 'gateway_public_jwk.json'), 'utf8')}`,
    `INTERMEDIARY_OIN=${DEMO_PARTNERS.find((p) => p.kind === PartnerKind.INTERMEDIARY)?.oin ?? ''}`,
    ...DEMO_PARTNERS.filter((p) => p.subgraph && p.kind !== PartnerKind.INTERMEDIARY).map(
      (p) => `${(p.subgraph ?? '').toUpperCase()}_OIN=${p.oin}`,
    ),
  ];
  writeOnce(config, 'settings.env', `${settings.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
