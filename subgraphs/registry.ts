/**
 * The partner registry: every organisation in the (demo) chain, and for those that share data the subgraph folder
 * subgraphs/<handle>/ and its default port. Everything else that lists partners derives from this list or is checked
 * against it by a test. Plain data, importing nothing, so the front end, scripts, codegen and tests can all read it.
 */
export const PartnerKind = {
  INTERMEDIARY: 'INTERMEDIARY',
  MUNICIPALITY: 'MUNICIPALITY',
  EMPLOYMENT_AGENCY: 'EMPLOYMENT_AGENCY',
  SOCIAL_INSURANCE_BANK: 'SOCIAL_INSURANCE_BANK',
  ALLOWANCES_OFFICE: 'ALLOWANCES_OFFICE',
  HOUSING_CORPORATION: 'HOUSING_CORPORATION',
  DEBT_COUNSELLING: 'DEBT_COUNSELLING',
} as const;
export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];

/** A partner's subgraph: its module is subgraphs/<handle>/module.ts, its codegen settings subgraphs/<handle>/codegen.json. */
export interface SubgraphEntry {
  /** Default port for `npm start` and the development URLs in the supergraph. */
  port: number;
  /** True when the partner adds its own section to the client (`Client.<handle>`), shown as a card in the dossier. */
  section: boolean;
}

export interface PartnerEntry {
  /** Short name: the subgraph's folder and name, and what `npm run token -- --org` accepts. */
  handle: string;
  /** Fictitious 20-digit OIN of the demo organisation. */
  oin: string;
  /** Display name. */
  name: string;
  kind: PartnerKind;
  /** The subgraph through which the partner shares its data; null for a partner that only asks. */
  subgraph: SubgraphEntry | null;
}

/** The intermediary (regie) comes first: the partners ask it for roles, so it starts first. */
export const PARTNER_REGISTRY = [
  {
    handle: 'regie',
    oin: '00000009100000000001',
    name: 'Ketenbureau Voorbeeldregio (intermediary, demo)',
    kind: PartnerKind.INTERMEDIARY,
    subgraph: { port: 4101, section: false },
  },
  {
    handle: 'gemeente',
    oin: '00000009200000000002',
    name: 'Gemeente Voorbeeldstad (demo)',
    kind: PartnerKind.MUNICIPALITY,
    subgraph: { port: 4102, section: true },
  },
  {
    handle: 'uwv',
    oin: '00000009300000000003',
    name: 'UWV (demo)',
    kind: PartnerKind.EMPLOYMENT_AGENCY,
    subgraph: { port: 4103, section: true },
  },
  {
    handle: 'svb',
    oin: '00000009400000000004',
    name: 'Sociale Verzekeringsbank (demo)',
    kind: PartnerKind.SOCIAL_INSURANCE_BANK,
    subgraph: { port: 4104, section: true },
  },
  {
    handle: 'toeslagen',
    oin: '00000009500000000005',
    name: 'Dienst Toeslagen (demo)',
    kind: PartnerKind.ALLOWANCES_OFFICE,
    subgraph: { port: 4105, section: true },
  },
  {
    handle: 'woningcorporatie',
    oin: '00000009600000000006',
    name: 'Woonstichting Voorbeeld (demo)',
    kind: PartnerKind.HOUSING_CORPORATION,
    subgraph: { port: 4106, section: true },
  },
  {
    handle: 'schuldhulp',
    oin: '00000009700000000007',
    name: 'Schuldhulpmaatje Voorbeeldstad (demo)',
    kind: PartnerKind.DEBT_COUNSELLING,
    subgraph: null,
  },
] as const satisfies readonly PartnerEntry[];

type Registered = (typeof PARTNER_REGISTRY)[number];
export type SubgraphName = Extract<Registered, { subgraph: object }>['handle'];
/** The partners whose section of the client the dossier shows. */
export type SectionName = Extract<Registered, { subgraph: { section: true } }>['handle'];
/** A partner that runs a subgraph. */
export type SubgraphPartner = PartnerEntry & { handle: SubgraphName; subgraph: SubgraphEntry };

/*
 * The helpers take the list rather than reading PARTNER_REGISTRY themselves, so whoever derives from the registry
 * names the list it derives from (test/addPartner.test.ts hands in one with a throwaway partner).
 */

/** The partners that run a subgraph, in registry order (regie first). */
export function subgraphPartners(registry: readonly PartnerEntry[]): SubgraphPartner[] {
  return registry.filter((partner): partner is SubgraphPartner => partner.subgraph !== null);
}

export function subgraphNames(registry: readonly PartnerEntry[]): SubgraphName[] {
  return subgraphPartners(registry).map((partner) => partner.handle);
}

/** The client's sections, in registry order. */
export function sectionNames(registry: readonly PartnerEntry[]): SectionName[] {
  return subgraphPartners(registry)
    .filter((partner) => partner.subgraph.section)
    .map((partner) => partner.handle as SectionName);
}
