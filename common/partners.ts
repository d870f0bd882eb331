/**
 * The demo chain: fictitious organisations with fictitious OINs. `regie` seeds its partner registry from this list,
 * each partner subgraph takes its own OIN from it by default, and `npm run token` resolves partner names with it.
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

export const SUBGRAPH_NAMES = ['regie', 'gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface DemoPartner {
  oin: string;
  name: string;
  /** Short name accepted by `npm run token -- --org`. */
  handle: string;
  kind: PartnerKind;
  /** The subgraph through which the partner shares its data, if it has one. */
  subgraph: SubgraphName | null;
}

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  { oin: '00000009100000000001', handle: 'regie', name: 'Ketenbureau Voorbeeldregio (intermediary, demo)', kind: PartnerKind.INTERMEDIARY, subgraph: 'regie' },
  { oin: '00000009200000000002', handle: 'gemeente', name: 'Gemeente Voorbeeldstad (demo)', kind: PartnerKind.MUNICIPALITY, subgraph: 'gemeente' },
  { oin: '00000009300000000003', handle: 'uwv', name: 'UWV (demo)', kind: PartnerKind.EMPLOYMENT_AGENCY, subgraph: 'uwv' },
  { oin: '00000009400000000004', handle: 'svb', name: 'Sociale Verzekeringsbank (demo)', kind: PartnerKind.SOCIAL_INSURANCE_BANK, subgraph: 'svb' },
  { oin: '00000009500000000005', handle: 'toeslagen', name: 'Dienst Toeslagen (demo)', kind: PartnerKind.ALLOWANCES_OFFICE, subgraph: 'toeslagen' },
  { oin: '00000009600000000006', handle: 'woningcorporatie', name: 'Woonstichting Voorbeeld (demo)', kind: PartnerKind.HOUSING_CORPORATION, subgraph: 'woningcorporatie' },
  { oin: '00000009700000000007', handle: 'schuldhulp', name: 'Schuldhulpmaatje Voorbeeldstad (demo)', kind: PartnerKind.DEBT_COUNSELLING, subgraph: null },
];

export function demoPartnerBySubgraph(subgraph: SubgraphName): DemoPartner {
  const partner = DEMO_PARTNERS.find((p) => p.subgraph === subgraph);
  if (!partner) throw new Error(`No demo partner owns subgraph ${subgraph}`);
  return partner;
}

/** Finds a demo partner by OIN or handle (case-insensitive); undefined when none matches. */
export function findDemoPartner(oinOrHandle: string): DemoPartner | undefined {
  const wanted = oinOrHandle.toLowerCase();
  return DEMO_PARTNERS.find((p) => p.oin === oinOrHandle || p.handle === wanted);
}

/** The organisation that owns a partner subgraph's data: it sees that data without a role. */
export interface SubgraphOwner {
  oin: string;
  name: string;
}

/**
 * A partner subgraph's owner from its start-up settings: OWNER_OIN (and OWNER_NAME) when set, else the demo
 * partner; production requires OWNER_OIN. Read at start-up (runFromEnv), never at import.
 */
export function subgraphOwner(subgraph: SubgraphName, env: NodeJS.ProcessEnv): SubgraphOwner {
  const demo = demoPartnerBySubgraph(subgraph);
  if (env.NODE_ENV === 'production' && !env.OWNER_OIN) throw new Error('OWNER_OIN is required in production (NODE_ENV=production)');
  const oin = env.OWNER_OIN || demo.oin;
  if (!/^\d{20}$/.test(oin)) throw new Error(`OWNER_OIN must be a 20-digit OIN, got ${JSON.stringify(oin)}`);
  return { oin, name: env.OWNER_NAME || demo.name };
}
