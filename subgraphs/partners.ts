/**
 * The demo chain, derived from the partner registry (./registry.ts): fictitious organisations with fictitious
 * OINs. `regie` seeds its partner registry from this list, each partner subgraph takes its own OIN from it by default,
 * and `npm run token` resolves partner names with it.
 */
import { FIRST_SUBGRAPH_PORT } from '../common';
import { type SubgraphDefaults } from '../partner-kit';
import { PARTNER_REGISTRY, PartnerKind, subgraphNames, subgraphPartners, type SubgraphName } from './registry';

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

/** The intermediary's subgraph: the registry's partner of kind INTERMEDIARY that runs one. */
export const INTERMEDIARY_SUBGRAPH: SubgraphName = (() => {
  const intermediary = subgraphPartners(PARTNER_REGISTRY).find((partner) => partner.kind === PartnerKind.INTERMEDIARY);
  if (!intermediary) throw new Error('The partner registry has no intermediary with a subgraph');
  return intermediary.handle;
})();

/** A subgraph's defaults in the demo chain (runSubgraphFromEnv): its port, the intermediary's, its demo owner. */
export function subgraphDefaults(subgraph: SubgraphName): SubgraphDefaults {
  const demo = demoPartnerBySubgraph(subgraph);
  return {
    port: FIRST_SUBGRAPH_PORT + SUBGRAPH_NAMES.indexOf(subgraph),
    intermediary: INTERMEDIARY_SUBGRAPH,
    rolesUrl: `http://127.0.0.1:${FIRST_SUBGRAPH_PORT + SUBGRAPH_NAMES.indexOf(INTERMEDIARY_SUBGRAPH)}/graphql`,
    demoOwner: { oin: demo.oin, name: demo.name },
  };
}
