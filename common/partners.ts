/**
 * The demo chain, derived from the partner registry (subgraphs/registry.ts): fictitious organisations with fictitious
 * OINs. `regie` seeds its partner registry from this list, each partner subgraph takes its own OIN from it by default,
 * and `npm run token` resolves partner names with it.
 */
import { PARTNER_REGISTRY, PartnerKind, subgraphNames, subgraphPartners, type SubgraphName } from '../subgraphs/registry';

export { PartnerKind, type SubgraphName };

/** The subgraphs, regie first (the partners ask it for roles). */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = subgraphNames(PARTNER_REGISTRY);

/** Each subgraph's default port (`npm start`, development URLs). */
export const SUBGRAPH_PORTS = Object.fromEntries(subgraphPartners(PARTNER_REGISTRY).map((p) => [p.handle, p.subgraph.port])) as Readonly<
  Record<SubgraphName, number>
>;

export interface DemoPartner {
  oin: string;
  name: string;
  /** Short name accepted by `npm run token -- --org`. */
  handle: string;
  kind: PartnerKind;
  /** The subgraph through which the partner shares its data, if it has one. */
  subgraph: SubgraphName | null;
}

export const DEMO_PARTNERS: readonly DemoPartner[] = PARTNER_REGISTRY.map(({ oin, handle, name, kind, subgraph }) => ({
  oin,
  handle,
  name,
  kind,
  subgraph: subgraph ? (handle as SubgraphName) : null,
}));

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
