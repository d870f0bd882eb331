/**
 * Adding a partner is copying a subgraph folder and adding one registry entry. The first suite proves it with a
 * throwaway partner (a renamed copy of subgraphs/svb, removed afterwards) handed to everything that derives from the
 * registry: composition, the module list, codegen. The second checks what stays hand-kept against the registry.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { FIRST_SUBGRAPH_PORT } from '../common';
import { SUBGRAPH_NAMES, SUBGRAPH_PORTS } from '../subgraphs/partners';
import { FIELD_LABELS } from '../client/web/labels';
import { PARTNER_REGISTRY, PartnerKind, sectionNames, type PartnerEntry } from '../subgraphs/registry';
import type * as Codegen from '../codegen';
import type * as Compose from '../scripts/lib/composeSupergraph';
import type * as Modules from '../subgraphs/modules';
import type * as Partners from '../subgraphs/partners';
import type * as Registry from '../subgraphs/registry';
import type * as RegieServer from '../subgraphs/regie/src/server';

const ROOT = join(__dirname, '..');
const NAME = `proef${process.pid}`;
const TYPE_NAME = `Proef${process.pid}`;
const FOLDER = join(ROOT, 'subgraphs', NAME);
/** The fields of an object type, by name, with their types as printed. */
function fieldsOf(schema: GraphQLSchema, type: string): Record<string, string> {
  const found = schema.getType(type);
  if (!isObjectType(found)) throw new Error(`no object type ${type}`);
  return Object.fromEntries(Object.values(found.getFields()).map((field) => [field.name, String(field.type)]));
}

const THROWAWAY: PartnerEntry = {
  handle: NAME,
  oin: '00000009800000000008',
  name: 'Proefpartner (throwaway, test)',
  kind: PartnerKind.SOCIAL_INSURANCE_BANK,
  subgraph: { port: 4199, section: true },
};

/** Rewrites every file under a folder. */
function rewrite(dir: string, change: (text: string) => string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) rewrite(path, change);
    else writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
}

/**
 * Copies subgraphs/svb to the throwaway's folder and renames it there, as a developer adapting the copy would: its
 * name, and its own types (two subgraphs may not both resolve a type's fields).
 */
function copySvbFolder(): void {
  cpSync(join(ROOT, 'subgraphs', 'svb'), FOLDER, { recursive: true });
  rewrite(FOLDER, (text) => text.replaceAll('svb', NAME).replaceAll('Svb', TYPE_NAME).replaceAll('SVB', NAME.toUpperCase()));
  const ownTypes = [...readFileSync(join(FOLDER, 'schema.graphql'), 'utf8').matchAll(/^type (\w+)/gm)]
    .map((match) => match[1] ?? '')
    .filter((type) => !['Client', 'DisclosureInquiry', 'Query'].includes(type) && !type.startsWith(TYPE_NAME));
  rewrite(FOLDER, (text) =>
    ownTypes.reduce((renamed, type) => renamed.replace(new RegExp(`\\b${type}\\b`, 'g'), `${TYPE_NAME}${type}`), text),
  );
}

interface Derived {
  partners: typeof Partners;
  compose: typeof Compose;
  modules: typeof Modules;
  codegen: typeof Codegen;
  regie: typeof RegieServer;
}

/** Everything that derives from the registry, loaded afresh against a registry with one more entry. */
function loadWithThrowaway(): Derived {
  let derived: Derived | undefined;
  jest.isolateModules(() => {
    jest.doMock('../subgraphs/registry', () => {
      const actual = jest.requireActual<typeof Registry>('../subgraphs/registry');
      return { ...actual, PARTNER_REGISTRY: [...actual.PARTNER_REGISTRY, THROWAWAY] };
    });
    derived = {
      partners: jest.requireActual('../subgraphs/partners'),
      compose: jest.requireActual('../scripts/lib/composeSupergraph'),
      modules: jest.requireActual('../subgraphs/modules'),
      codegen: jest.requireActual('../codegen'),
      regie: jest.requireActual('../subgraphs/regie/src/server'),
    };
  });
  if (!derived) throw new Error('modules not loaded');
  return derived;
}

describe('adding a throwaway partner: one folder and one registry entry', () => {
  let derived: Derived;

  beforeAll(() => {
    copySvbFolder();
    derived = loadWithThrowaway();
  });
  afterAll(() => {
    jest.dontMock('../subgraphs/registry');
    rmSync(FOLDER, { recursive: true, force: true });
  });

  it('is a subgraph and a demo partner, on its registered port', () => {
    expect(derived.partners.SUBGRAPH_NAMES).toEqual([...SUBGRAPH_NAMES, NAME]);
    expect(derived.partners.SUBGRAPH_PORTS).toMatchObject({ [NAME]: 4199 });
    expect(derived.partners.findDemoPartner(NAME)).toMatchObject({ oin: THROWAWAY.oin, subgraph: NAME });
  });

  it('is composed into the supergraph, its types in the API schema, its policies checked', () => {
    const result = derived.compose.composeSupergraph();
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.supergraphSdl).toContain(`url: "http://127.0.0.1:4199/graphql"`);
    const api = buildSchema(result.apiSchemaSdl);
    expect(fieldsOf(api, 'Client')).toMatchObject({ [NAME]: `${TYPE_NAME}Record` });
    expect(fieldsOf(api, `${TYPE_NAME}Record`)).toEqual({ aow: `${TYPE_NAME}AowPension`, childBenefit: `${TYPE_NAME}ChildBenefit` });
    // Its policies are documented in the API schema like every other partner's.
    expect(api.getType(`${TYPE_NAME}ChildBenefit`)?.description).toMatch(/Disclosed \(FINANCIAL\) to: MAIN_CONTRACTOR/);
    expect(fieldsOf(api, 'DisclosureInquiry')).toMatchObject({ [NAME]: 'PartnerDisclosures!' });
  });

  it('is refused by composition when a field of its carries personal data without a policy (deny by default)', () => {
    const sources = derived.compose.defaultSubgraphSources();
    const copy = sources.find((source) => source.name === NAME);
    if (!copy) throw new Error(`${NAME} is not among the composed subgraphs`);
    const withoutPolicies = copy.sdl.replace(/(?<!directive )@disclose\([^)]*\)/g, '');
    expect(parse(withoutPolicies)).toBeDefined();
    const result = derived.compose.composeSupergraph(
      sources.map((source) => (source === copy ? { ...copy, sdl: withoutPolicies } : source)),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.filter((error) => error.startsWith(`${NAME}: `)).length).toBeGreaterThan(0);
  });

  it('is in the module list, built from its own folder', () => {
    const modules = derived.modules.subgraphModules(derived.regie.regieOptionsFromEnv({}));
    expect(Object.keys(modules)).toEqual([...SUBGRAPH_NAMES, NAME]);
    expect(modules[NAME as keyof typeof modules]).toMatchObject({ name: NAME, sharesPartnerData: true });
  });

  it("has its resolver types generated with its own context type and mappers, and a place in the front end's lists", () => {
    const { generates } = derived.codegen.default;
    const web = generates[derived.codegen.WEB_PARTNERS_PATH] as { plugins: { add: { content: string } }[] };
    const content = web.plugins[0]?.add.content ?? '';
    for (const list of ['SUBGRAPH_NAMES', 'SECTION_NAMES']) expect(content).toMatch(new RegExp(`${list} = \\[.*"${NAME}"\\] as const`));
    const output = generates[`subgraphs/${NAME}/src/__generated__/resolvers-types.ts`];
    expect(output).toMatchObject({
      schema: expect.arrayContaining([`subgraphs/${NAME}/schema.graphql`]),
      config: {
        contextType: `../loaders#${TYPE_NAME}Context`,
        mappers: expect.objectContaining({ [`${TYPE_NAME}Record`]: expect.any(String) }),
      },
    });
  });
});

describe('the partner registry (subgraphs/registry.ts) against what is kept by hand', () => {
  const apiSchema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));

  it('names each partner once, by handle and by OIN, with its own port', () => {
    for (const key of ['handle', 'oin'] as const) expect(new Set(PARTNER_REGISTRY.map((p) => p[key])).size).toBe(PARTNER_REGISTRY.length);
    expect(new Set(Object.values(SUBGRAPH_PORTS)).size).toBe(SUBGRAPH_NAMES.length);
    expect(PARTNER_REGISTRY.filter((p) => p.kind === PartnerKind.INTERMEDIARY).map((p) => p.handle)).toEqual([SUBGRAPH_NAMES[0]]);
  });

  it('gives the ports the gateway and runSubgraphFromEnv still assume (FIRST_SUBGRAPH_PORT up, in registry order)', () => {
    expect(SUBGRAPH_NAMES.map((name) => SUBGRAPH_PORTS[name])).toEqual(SUBGRAPH_NAMES.map((_, index) => FIRST_SUBGRAPH_PORT + index));
  });

  it.each(SUBGRAPH_NAMES)('%s: a folder with a schema, a module and codegen settings, and a label in the front end', (name) => {
    for (const file of ['schema.graphql', 'module.ts', 'codegen.json', 'src/index.ts'])
      expect([name, file, existsSync(join(ROOT, 'subgraphs', name, file))]).toEqual([name, file, true]);
    expect(FIELD_LABELS[name]?.label).toEqual(expect.any(String));
  });

  it('the sections are the partner-named fields of the client; every subgraph answers the inquiry', () => {
    const partnerFields = Object.keys(fieldsOf(apiSchema, 'Client')).filter((field) => SUBGRAPH_NAMES.some((name) => name === field));
    expect(partnerFields.sort()).toEqual(sectionNames(PARTNER_REGISTRY).sort());
    expect(
      Object.keys(fieldsOf(apiSchema, 'DisclosureInquiry'))
        .filter((field) => field !== 'bsn')
        .sort(),
    ).toEqual([...SUBGRAPH_NAMES].sort());
  });
});
