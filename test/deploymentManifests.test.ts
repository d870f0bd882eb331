/**
 * The deployment files against what the code expects: every Kubernetes manifest in deploy/k8s and
 * docker/compose.yaml are parsed, and their ports, probe paths, image names, commands and environment are
 * checked against the services' defaults, the partner registry (subgraphs/registry.ts: names, OINs) and
 * docs/configuration.md. What each service must be given in production is derived from the code: every setting the
 * code refuses to start without (`requireEnv('X')`, or a "X is required in production" error), given to the services
 * the configuration table says use it; so a new required setting without a manifest entry fails here. Compose's
 * secret and env files are generated into a temporary folder by scripts/docker-secrets.ts, so what the manifests
 * mount is also what that script writes. No cluster or Docker engine is needed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { AUDIT_LOG_NAME } from '../common';
import { DEMO_PARTNERS, PartnerKind, SUBGRAPH_NAMES } from '../subgraphs/partners';
import { parsePartnerRegistry } from '../subgraphs/regie/src/store/partnerRegistry';
import { writeSecrets } from '../scripts/docker-secrets';

const ROOT = join(__dirname, '..');
const K8S = join(ROOT, 'deploy', 'k8s');
const GATEWAY_PORT = 4000;
const SUBGRAPH_PORT = 4100;
/** Every process's metrics listener (METRICS_PORT, set in the images); only Prometheus reaches it (docs/operations.md). */
const METRICS_PORT = 9464;
const IMAGES = { gateway: 'ketenregie/gateway', subgraph: 'ketenregie/subgraph' };
const oinOf = (name: string) => DEMO_PARTNERS.find((p) => p.subgraph === name)?.oin;
/** The settings key (k8s) or variable (Compose) that holds a subgraph owner's OIN: INTERMEDIARY_OIN for regie. */
const oinSetting = (name: string) =>
  DEMO_PARTNERS.find((p) => p.subgraph === name)?.kind === PartnerKind.INTERMEDIARY ? 'INTERMEDIARY_OIN' : `${name.toUpperCase()}_OIN`;
type ServiceKind = 'gateway' | 'regie' | 'partner';
const SERVICE_KINDS: readonly ServiceKind[] = ['gateway', 'regie', 'partner'];
const kindOf = (name: string): ServiceKind =>
  name === 'gateway' || name.startsWith('gateway-') ? 'gateway' : name === 'regie' ? 'regie' : 'partner';

/** Every .ts file of the services' code (tests excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
/** The settings the code refuses to start without in production, with the file that says so. */
const REQUIRED_IN_CODE = new Map(
  ['common', 'gateway/src', 'partner-kit', 'subgraphs'].flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const names = [
        ...[...text.matchAll(/requireEnv\(\s*'([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/['`]([A-Z][A-Z0-9_]*)(?: or [A-Z][A-Z0-9_]*_FILE)? is required in production/g)].map((m) => m[1] ?? ''),
      ];
      return names.map((name): [string, string] => [name, relative(ROOT, file)]);
    }),
  ),
);
/** docs/configuration.md: each setting's "used by" column. */
const USED_BY = new Map(
  readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => {
      const [, names = '', usedBy = ''] = line.split('|');
      return [...names.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m): [string, string] => [m[1] ?? '', usedBy.trim()]);
    }),
);
/** The kinds of service a "used by" entry names ("gateway, subgraphs", "partner subgraphs", "regie", "all", …). */
function kindsUsing(usedBy: string): ServiceKind[] {
  const parts = usedBy.split(',').map((part) => part.trim());
  const kinds = new Set<ServiceKind>();
  for (const part of parts) {
    if (part === 'all') SERVICE_KINDS.forEach((kind) => kinds.add(kind));
    if (part === 'gateway') kinds.add('gateway');
    if (part === 'subgraphs' || part === 'each subgraph') ['regie', 'partner'].forEach((kind) => kinds.add(kind as ServiceKind));
    if (part === 'partner subgraphs') kinds.add('partner');
    if (part === 'regie') kinds.add('regie');
  }
  return [...kinds];
}
/** What the deployment gives beyond the code's own requirements: production mode, PostgreSQL, and where the others run. */
const DEPLOYMENT_REQUIRES: Record<ServiceKind, string[]> = {
  gateway: ['NODE_ENV', 'DATABASE_URL', ...SUBGRAPH_NAMES.map((n) => `SUBGRAPH_URL_${n.toUpperCase()}`)],
  regie: ['NODE_ENV', 'DATABASE_URL'],
  partner: ['NODE_ENV', 'DATABASE_URL', 'REGIE_URL'],
};
/** What each kind of service must be given in production: the code's requirements for it, and the deployment's. */
const REQUIRED = Object.fromEntries(
  SERVICE_KINDS.map((kind) => [
    kind,
    [...DEPLOYMENT_REQUIRES[kind], ...[...REQUIRED_IN_CODE.keys()].filter((name) => kindsUsing(USED_BY.get(name) ?? '').includes(kind))],
  ]),
) as Record<ServiceKind, string[]>;
/** Keys: from a Secret (Kubernetes) or a secret file (Compose), never a plain value in a manifest. */
const SECRETS = ['GATEWAY_PRIVATE_JWK', 'PARTNER_SIGNING_JWK', 'LOG_SUBJECT_KEY', 'LOG_SIGNING_JWK', 'DATABASE_URL'];

/** What scripts/docker-secrets.ts writes (docker/secrets/, and deploy/k8s/secrets/ by k8s-files), into a folder of its own. */
let generated = '';
beforeAll(async () => {
  generated = mkdtempSync(join(tmpdir(), 'ketenregie-secrets-'));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  await writeSecrets(generated);
  log.mockRestore();
});
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('what production requires, from the code', () => {
  it('finds the settings the code requires in production, each documented with the services that use it', () => {
    for (const name of [
      'GATEWAY_PRIVATE_JWK',
      'GATEWAY_PUBLIC_JWK',
      'TRUSTED_ISSUERS',
      'LOG_SUBJECT_KEY',
      'PARTNER_SIGNING_JWK',
      'OWNER_OIN',
      'PARTNER_REGISTRY_PATH',
      'LOG_SIGNING_JWK',
      'LOG_PUBLIC_KEYS',
    ]) {
      expect([name, REQUIRED_IN_CODE.has(name)]).toEqual([name, true]);
    }
    for (const [name, file] of REQUIRED_IN_CODE)
      expect([name, file, kindsUsing(USED_BY.get(name) ?? '').length > 0]).toEqual([name, file, true]);
    expect(REQUIRED.gateway).toEqual(expect.arrayContaining(['TRUSTED_ISSUERS', 'GATEWAY_PRIVATE_JWK', 'LOG_SIGNING_JWK']));
    expect(REQUIRED.regie).toEqual(
      expect.arrayContaining(['GATEWAY_PUBLIC_JWK', 'LOG_SUBJECT_KEY', 'PARTNER_REGISTRY_PATH', 'LOG_SIGNING_JWK', 'LOG_PUBLIC_KEYS']),
    );
    expect(REQUIRED.partner).toEqual(expect.arrayContaining(['OWNER_OIN', 'PARTNER_SIGNING_JWK', 'LOG_SIGNING_JWK', 'LOG_PUBLIC_KEYS']));
    expect(REQUIRED.regie).not.toContain('PARTNER_SIGNING_JWK');
  });
});

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports: { name: string; containerPort: number }[];
  env: EnvVar[];
  livenessProbe: { httpGet: { path: string; port: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
  volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec: Record<string, unknown> & {
    template?: {
      metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
      spec: {
        containers: Container[];
        securityContext: { runAsNonRoot?: boolean };
        volumes?: { name: string; configMap?: { name: string } }[];
      };
    };
    selector?: Record<string, unknown> & { matchLabels?: Record<string, string> };
    ports?: { port: number; targetPort: string }[];
  };
}

const manifests: Manifest[] = readdirSync(K8S)
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) => parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((doc) => doc.toJS() as Manifest));
const kustomization = parse(readFileSync(join(K8S, 'kustomization.yaml'), 'utf8')) as {
  resources: string[];
  configMapGenerator: { name: string; files?: string[]; envs?: string[]; options?: { disableNameSuffixHash?: boolean } }[];
  secretGenerator: { name: string; files: string[] }[];
};
const documented = new Set(
  [...readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8').matchAll(/^\| `([A-Z][A-Z0-9_]*)(<NAME>)?`/gm)].map((m) => m[1] ?? ''),
);
const isDocumented = (name: string) =>
  documented.has(name) ||
  documented.has(name.replace(/_FILE$/, '')) ||
  SUBGRAPH_NAMES.some((n) => name === `SUBGRAPH_URL_${n.toUpperCase()}`);

const of = (kind: string) => manifests.filter((m) => m.kind === kind);
const named = (kind: string, name: string) => {
  const found = of(kind).find((m) => m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/k8s`);
  return found;
};
const containerOf = (name: string): Container => {
  const container = named('Deployment', name).spec.template?.spec.containers[0];
  if (!container) throw new Error(`Deployment ${name} has no container`);
  return container;
};
const envOf = (container: Container) => new Map(container.env.map((e) => [e.name, e]));
/**
 * The ConfigMap a Deployment's container reads `path` from: mounted as a folder at the path's folder (a subPath mount
 * never sees an update) and generated with a file of that name; undefined when none is.
 */
function configMapOfFile(name: string, path: string): string | undefined {
  const folder = path.slice(0, path.lastIndexOf('/'));
  const file = path.slice(path.lastIndexOf('/') + 1);
  const mount = containerOf(name).volumeMounts?.find((m) => m.mountPath === folder && m.subPath === undefined);
  const volume = named('Deployment', name).spec.template?.spec.volumes?.find((v) => v.name === mount?.name);
  const generator = kustomization.configMapGenerator.find((g) => g.name === volume?.configMap?.name);
  return generator?.files?.some((f) => f.split('=')[0] === file) ? generator.name : undefined;
}
/** The address a Service gives a Deployment's http port: http://<service>:<port>/graphql. */
const serviceUrl = (name: string) => `http://${name}:${named('Service', name).spec.ports?.[0]?.port}/graphql`;

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('the kustomization lists every manifest file', () => {
    const files = readdirSync(K8S).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it('one Deployment and Service for the gateway and for each subgraph, running the right entry point', () => {
    expect(
      of('Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(['gateway', ...SUBGRAPH_NAMES].sort());
    expect(containerOf('gateway').image.split(':')[0]).toBe(IMAGES.gateway);
    for (const name of SUBGRAPH_NAMES) {
      expect(containerOf(name).image.split(':')[0]).toBe(IMAGES.subgraph);
      expect(containerOf(name).command).toEqual(['node', '--import', 'tsx', `subgraphs/${name}/src/index.ts`]);
      expect(readFileSync(join(ROOT, 'subgraphs', name, 'src', 'index.ts'), 'utf8')).toMatch(/runSubgraphFromEnv/);
    }
  });

  it.each(['gateway', ...SUBGRAPH_NAMES])('%s: port, probes, resources and a locked-down container', (name) => {
    const container = containerOf(name);
    const port = name === 'gateway' ? GATEWAY_PORT : SUBGRAPH_PORT;
    expect(container.ports).toEqual([
      { name: 'http', containerPort: port },
      { name: 'metrics', containerPort: METRICS_PORT },
    ]);
    expect(envOf(container).get('PORT')?.value).toBe(String(port));
    expect(envOf(container).get('HOST')?.value).toBe('0.0.0.0');
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    expect(container.startupProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(Object.keys(container.resources.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(named('Deployment', name).spec.template?.spec.securityContext.runAsNonRoot).toBe(true);
    const service = named('Service', name);
    expect(service.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http' }]);
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': name });
  });

  it.each(['gateway', ...SUBGRAPH_NAMES])(
    '%s: every production setting given, documented, and from a ConfigMap or Secret that exists',
    (name) => {
      const env = envOf(containerOf(name));
      for (const variable of REQUIRED[kindOf(name)]) expect([name, variable, env.has(variable)]).toEqual([name, variable, true]);
      expect(env.get('NODE_ENV')?.value).toBe('production');
      for (const variable of env.keys()) expect([variable, isDocumented(variable)]).toEqual([variable, true]);
      const generated = new Map<string, string[]>([
        ...kustomization.secretGenerator.map((g): [string, string[]] => [g.name, g.files.map((f) => f.split('=')[0] ?? '')]),
        ...kustomization.configMapGenerator.map((g): [string, string[]] => [g.name, (g.files ?? []).map((f) => f.split('=')[0] ?? '')]),
      ]);
      for (const { name: variable, valueFrom } of env.values()) {
        const secret = valueFrom?.secretKeyRef;
        if (secret) expect([variable, generated.get(secret.name)?.includes(secret.key)]).toEqual([variable, true]);
        const config = valueFrom?.configMapKeyRef;
        if (config)
          expect([variable, config.name === 'ketenregie-settings' || generated.get(config.name)?.includes(config.key)]).toEqual([
            variable,
            true,
          ]);
      }
      // Keys are secrets, never plain values in a manifest.
      for (const secret of SECRETS) {
        if (env.has(secret)) expect([secret, env.get(secret)?.valueFrom?.secretKeyRef?.name]).toEqual([secret, expect.any(String)]);
      }
    },
  );

  it("witnessed logs: each process signs its log's head with its own key, each subgraph knows the keys of the logs it witnesses", () => {
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      const env = envOf(containerOf(name));
      expect([name, env.get('LOG_SIGNING_JWK')?.valueFrom?.secretKeyRef]).toEqual([
        name,
        { name: 'ketenregie-log-signing-keys', key: name },
      ]);
      if (name !== 'gateway')
        expect([name, env.get('LOG_PUBLIC_KEYS')?.valueFrom?.configMapKeyRef]).toEqual([
          name,
          { name: 'ketenregie-log-public-keys', key: name },
        ]);
    }
    const publicKeys = kustomization.configMapGenerator.find((g) => g.name === 'ketenregie-log-public-keys')?.files ?? [];
    expect(publicKeys).toEqual(SUBGRAPH_NAMES.map((name) => `${name}=config/log_public_keys_${name}.json`));
  });

  it('the Secrets and ConfigMaps are made of files npm run k8s:files writes', () => {
    // k8s:files runs docker-secrets' writeSecrets into deploy/k8s/secrets/ and copies the public parts to config/.
    const written = new Set(readdirSync(generated));
    const sources = [...kustomization.secretGenerator, ...kustomization.configMapGenerator].flatMap((g) =>
      (g.files ?? []).map((f) => f.split('=')[1] ?? f),
    );
    for (const source of sources.filter((f) => f.startsWith('secrets/') && f !== 'secrets/database_url'))
      expect([source, written.has(source.slice('secrets/'.length))]).toEqual([source, true]);
    for (const source of sources.filter((f) => f.startsWith('config/log_public_keys_')))
      expect([source, written.has(source.slice('config/'.length))]).toEqual([source, true]);
  });

  it('the gateway finds every subgraph at its Service, and the partners find regie', () => {
    const env = envOf(containerOf('gateway'));
    for (const name of SUBGRAPH_NAMES) expect(env.get(`SUBGRAPH_URL_${name.toUpperCase()}`)?.value).toBe(serviceUrl(name));
    for (const name of SUBGRAPH_NAMES.filter((n) => n !== 'regie'))
      expect(envOf(containerOf(name)).get('REGIE_URL')?.value).toBe(serviceUrl('regie'));
  });

  it("each subgraph takes its owner's OIN from the settings key npm run k8s:files writes from the registry", () => {
    for (const name of SUBGRAPH_NAMES) {
      const variable = oinSetting(name) === 'INTERMEDIARY_OIN' ? 'INTERMEDIARY_OIN' : 'OWNER_OIN';
      expect([name, envOf(containerOf(name)).get(variable)?.valueFrom?.configMapKeyRef?.key]).toEqual([name, oinSetting(name)]);
    }
  });

  it('configuration files mount where the settings point', () => {
    const files = kustomization.configMapGenerator
      .find((g) => g.name === 'ketenregie-config')
      ?.files?.map((f) => `/config/${f.split('=')[0]}`);
    expect(files?.sort()).toEqual(['/config/partners.json', '/config/register.json']);
    expect(envOf(containerOf('gateway')).get('SUPERGRAPH_PATH')?.value).toBe('/supergraph/supergraph.graphql');
    expect(envOf(containerOf('regie')).get('PARTNER_REGISTRY_PATH')?.value).toBe('/config/partners.json');
    for (const name of ['gateway', ...SUBGRAPH_NAMES])
      expect(envOf(containerOf(name)).get('REGISTER_PATH')?.value).toBe('/config/register.json');
    const settings: Array<[string, string]> = [
      ['gateway', 'SUPERGRAPH_PATH'],
      ['regie', 'PARTNER_REGISTRY_PATH'],
      ...['gateway', ...SUBGRAPH_NAMES].map((name): [string, string] => [name, 'REGISTER_PATH']),
    ];
    for (const [name, setting] of settings) {
      const path = envOf(containerOf(name)).get(setting)?.value ?? '';
      expect([name, setting, configMapOfFile(name, path)]).toEqual([name, setting, expect.stringMatching(/^ketenregie-/)]);
    }
  });

  it('the gateway takes a new supergraph without a restart: its own ConfigMap under a fixed name, mounted as a folder, watched', () => {
    const generator = kustomization.configMapGenerator.find((g) => g.name === 'ketenregie-supergraph');
    // A hashed name would make every change a new ConfigMap and a rolling restart; a fixed one is updated in place.
    expect(generator?.options?.disableNameSuffixHash).toBe(true);
    expect(generator?.files).toEqual(['supergraph.graphql=config/supergraph.graphql']);
    const env = envOf(containerOf('gateway'));
    expect(configMapOfFile('gateway', env.get('SUPERGRAPH_PATH')?.value ?? '')).toBe('ketenregie-supergraph');
    expect(env.get('SUPERGRAPH_WATCH')?.value).toBe('on');
  });

  it('the gateway scales by a HorizontalPodAutoscaler and keeps a replica through disruptions', () => {
    const hpa = named('HorizontalPodAutoscaler', 'gateway');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = named('PodDisruptionBudget', 'gateway');
    expect(pdb.spec.minAvailable).toBe(1);
    expect(pdb.spec.selector?.matchLabels).toEqual({ 'app.kubernetes.io/name': 'gateway' });
  });

  it('subgraphs accept traffic from the gateway only (regie also from the partners, for role lookups; the partners from regie, for the relationship question)', () => {
    const gatewayLabels = named('Deployment', 'gateway').spec.template?.metadata.labels ?? {};
    const policies = of('NetworkPolicy').map(
      (p) =>
        p.spec as {
          podSelector: { matchLabels: Record<string, string> };
          ingress: { from: { podSelector: { matchLabels: Record<string, string> } }[]; ports: { port: number }[] }[];
        },
    );
    // The metrics port is Prometheus' alone (the next test); these rules are about the service port.
    const servicePortRules = (p: (typeof policies)[number]) =>
      p.ingress.filter((rule) => rule.ports.some((port) => port.port !== METRICS_PORT));
    const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    for (const name of SUBGRAPH_NAMES) {
      const labels = named('Deployment', name).spec.template?.metadata.labels ?? {};
      const applying = policies.filter((p) => selects(p.podSelector.matchLabels, labels));
      expect(applying.length).toBeGreaterThan(0);
      const sources = applying.flatMap((p) => servicePortRules(p).flatMap((rule) => rule.from.map((from) => from.podSelector.matchLabels)));
      const allowed = ['gateway', ...SUBGRAPH_NAMES].filter((source) =>
        sources.some((s) => selects(s, named('Deployment', source).spec.template?.metadata.labels ?? {})),
      );
      expect(allowed).toEqual(name === 'regie' ? ['gateway', ...SUBGRAPH_NAMES] : ['gateway', 'regie']);
      expect(applying.flatMap((p) => servicePortRules(p).flatMap((rule) => rule.ports.map((port) => port.port)))).toEqual(
        applying.filter((p) => servicePortRules(p).length > 0).map(() => SUBGRAPH_PORT),
      );
    }
    expect(gatewayLabels['app.kubernetes.io/component']).toBe('gateway');
  });

  it('every process serves /metrics on its metrics port, announced for scraping and reachable from the monitoring namespace only', () => {
    const metricsRules = of('NetworkPolicy').flatMap((p) => {
      const spec = p.spec as {
        podSelector: { matchLabels: Record<string, string> };
        ingress: { from?: { namespaceSelector?: { matchLabels: Record<string, string> } }[]; ports: { port: number }[] }[];
      };
      return spec.ingress
        .filter((rule) => rule.ports.some((port) => port.port === METRICS_PORT))
        .map((rule) => ({ pods: spec.podSelector.matchLabels, from: rule.from ?? [], ports: rule.ports.map((port) => port.port) }));
    });
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      const template = named('Deployment', name).spec.template;
      expect(template?.metadata.annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(METRICS_PORT) });
      const labels = template?.metadata.labels ?? {};
      const rules = metricsRules.filter((rule) => Object.entries(rule.pods).every(([k, v]) => labels[k] === v));
      expect(rules.map(({ from, ports }) => ({ from, ports }))).toEqual([
        { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [METRICS_PORT] },
      ]);
    }
    for (const service of of('Service')) {
      const ports = (service.spec as { ports: { port: number }[] }).ports.map((port) => port.port);
      expect(ports).not.toContain(METRICS_PORT);
    }
  });

  it('a nightly CronJob purges the logs with the log command the subgraph image carries', () => {
    const [cronJob] = of('CronJob');
    if (!cronJob) throw new Error('no CronJob in deploy/k8s');
    const job = cronJob.spec as {
      schedule: string;
      concurrencyPolicy: string;
      jobTemplate: { spec: { template: { spec: { containers: Container[] } } } };
    };
    expect(job.concurrencyPolicy).toBe('Forbid');
    expect(job.schedule.split(' ')).toHaveLength(5);
    const [container] = job.jobTemplate.spec.template.spec.containers;
    if (!container) throw new Error('the CronJob has no container');
    expect(container.image.split(':')[0]).toBe(IMAGES.subgraph);
    const script = container.command?.[container.command.length - 1] ?? '';
    expect(container.command).toEqual(['node', '--import', 'tsx', 'scripts/log-purge.ts']);
    expect(readFileSync(join(ROOT, 'docker', 'subgraph.Dockerfile'), 'utf8')).toMatch(
      new RegExp(`COPY [^\\n]*${script.replace('.', '\\.')}`),
    );
    const env = envOf(container);
    for (const variable of env.keys()) expect([variable, isDocumented(variable)]).toEqual([variable, true]);
    expect(env.get('DATABASE_URL')?.valueFrom?.secretKeyRef?.name).toBe('ketenregie-database');
    expect(env.get('REGISTER_PATH')?.value).toBe('/config/register.json');
    expect(container.resources.limits).toBeDefined();
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
  });
});

describe('Docker Compose (docker/compose.yaml)', () => {
  interface Service {
    image?: string;
    command?: string[];
    environment?: Record<string, string>;
    networks?: string[];
    ports?: string[];
    secrets?: string[];
    env_file?: string[];
  }
  const compose = parse(readFileSync(join(ROOT, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
    secrets: Record<string, { file: string }>;
    networks: Record<string, { internal?: boolean }>;
  };
  const service = (name: string): Service => {
    const found = compose.services[name];
    if (!found) throw new Error(`no service ${name} in docker/compose.yaml`);
    return found;
  };
  const gateways = Object.keys(compose.services).filter((name) => name.startsWith('gateway-'));

  it('two gateway replicas behind the load balancer, which alone is published', () => {
    expect(gateways).toEqual(['gateway-1', 'gateway-2']);
    const nginx = readFileSync(join(ROOT, 'docker', 'nginx', 'nginx.conf'), 'utf8');
    for (const name of gateways) expect(nginx).toContain(`server ${name}:${service(name).environment?.PORT}`);
    expect(
      Object.entries(compose.services)
        .filter(([, s]) => s.ports)
        .map(([name]) => name),
    ).toEqual(['load-balancer']);
    expect(compose.networks.backend?.internal).toBe(true);
  });

  it("runs exactly the registry's subgraphs, each owned by its registered OIN unless overridden", () => {
    const subgraphServices = Object.entries(compose.services).filter(([, s]) =>
      s.command?.some((part) => /^subgraphs\/.+\/src\/index\.ts$/.test(part)),
    );
    expect(subgraphServices.map(([name]) => name).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      const variable = oinSetting(name) === 'INTERMEDIARY_OIN' ? 'INTERMEDIARY_OIN' : 'OWNER_OIN';
      expect([name, service(name).environment?.[variable]]).toEqual([name, `\${${oinSetting(name)}:-${oinOf(name)}}`]);
    }
  });

  it('every subgraph runs its entry point, reachable where the gateways and partners look for it', () => {
    for (const name of SUBGRAPH_NAMES) {
      const subgraph = service(name);
      expect(subgraph.image).toMatch(new RegExp(`/subgraph:`));
      expect(subgraph.command).toEqual(['node', '--import', 'tsx', `subgraphs/${name}/src/index.ts`]);
      const url = `http://${name}:${subgraph.environment?.PORT}/graphql`;
      for (const gateway of gateways) expect(service(gateway).environment?.[`SUBGRAPH_URL_${name.toUpperCase()}`]).toBe(url);
      if (name !== 'regie') expect(subgraph.environment?.REGIE_URL).toBe(`http://regie:${service('regie').environment?.PORT}/graphql`);
      expect(subgraph.networks).toEqual(['backend']);
    }
  });

  /** A file under docker/secrets/ as scripts/docker-secrets.ts writes it (into the test's own folder). */
  const generatedFile = (path: string) => join(generated, path.replace(/^\.\/secrets\//, ''));
  /** The settings a service's env_file entries (made by docker:secrets) give it. */
  const envFileSettings = (s: Service): Record<string, string> =>
    Object.fromEntries(
      (s.env_file ?? []).flatMap((path) =>
        readFileSync(generatedFile(path), 'utf8')
          .split('\n')
          .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
          .map((line): [string, string] => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      ),
    );
  const chainServices = () =>
    Object.entries(compose.services).filter(([n]) => n.startsWith('gateway-') || SUBGRAPH_NAMES.some((x) => x === n));

  it('every setting is documented, production settings are given, and keys come from secret files', () => {
    for (const [name, s] of chainServices()) {
      const env = { ...envFileSettings(s), ...(s.environment ?? {}) };
      for (const variable of Object.keys(env)) expect([name, variable, isDocumented(variable)]).toEqual([name, variable, true]);
      expect(env.NODE_ENV).toBe('production');
      for (const variable of REQUIRED[kindOf(name)])
        expect([name, variable, variable in env || `${variable}_FILE` in env]).toEqual([name, variable, true]);
      for (const variable of Object.keys(env).filter((v) => v.endsWith('_FILE'))) {
        const secret = (env[variable] ?? '').replace('/run/secrets/', '');
        expect([name, variable, s.secrets?.includes(secret), secret in compose.secrets]).toEqual([name, variable, true, true]);
      }
      for (const secret of SECRETS.filter((v) => v !== 'DATABASE_URL'))
        expect([name, secret, secret in env]).toEqual([name, secret, false]);
    }
  });

  it('npm run docker:secrets writes every secret and env file it mounts', () => {
    for (const [name, { file }] of Object.entries(compose.secrets))
      expect([name, file, existsSync(generatedFile(file))]).toEqual([name, file, true]);
    for (const [name, s] of chainServices())
      for (const path of s.env_file ?? []) expect([name, path, existsSync(generatedFile(path))]).toEqual([name, path, true]);
  });

  it("each log's witness knows the public half of the key that log is signed with", () => {
    /** The public key (x) of the head-signing key a service is given. */
    const signingKeyOf = (name: string) => {
      const file = service(name).environment?.LOG_SIGNING_JWK_FILE?.replace('/run/secrets/', '') ?? '';
      const source = compose.secrets[file]?.file ?? '';
      return (JSON.parse(readFileSync(generatedFile(source), 'utf8')) as { x?: string; d?: string }).x;
    };
    const publicKeysOf = (name: string) =>
      JSON.parse(envFileSettings(service(name)).LOG_PUBLIC_KEYS ?? '{}') as Record<string, { x?: string; d?: string }>;
    const partners = SUBGRAPH_NAMES.filter((n) => n !== 'regie');
    // Regie witnesses the partners' processing logs; each partner the gateways' audit log (one log, one key).
    expect(Object.keys(publicKeysOf('regie')).sort()).toEqual([...partners].sort());
    for (const partner of partners) {
      expect([partner, publicKeysOf('regie')[partner]?.x]).toEqual([partner, signingKeyOf(partner)]);
      expect(Object.keys(publicKeysOf(partner))).toEqual([AUDIT_LOG_NAME]);
      for (const gateway of gateways)
        expect([partner, gateway, publicKeysOf(partner)[AUDIT_LOG_NAME]?.x]).toEqual([partner, gateway, signingKeyOf(gateway)]);
    }
    for (const name of SUBGRAPH_NAMES) for (const jwk of Object.values(publicKeysOf(name))) expect(jwk.d).toBeUndefined();
    // Every process its own key.
    const keys = [...SUBGRAPH_NAMES, 'gateway-1'].map(signingKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((x) => typeof x === 'string')).toBe(true);
  });

  it("the partner registry it mounts is valid and lists the registry's partners", () => {
    const mounted = parsePartnerRegistry(
      JSON.parse(readFileSync(join(ROOT, 'docker', 'config', 'partners.json'), 'utf8')),
      'docker/config/partners.json',
    );
    // Without keys: `npm run docker:secrets` adds each partner's public key (publicJwk) to the copy regie mounts.
    expect(mounted).toEqual(DEMO_PARTNERS.map(({ oin, name, kind, subgraph }) => ({ oin, name, kind, subgraph, publicJwk: null })));
  });
});
