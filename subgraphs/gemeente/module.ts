/** The municipality's subgraph module: subgraphs/modules.ts loads subgraphs/<name>/module.ts by convention. */
import { gemeenteSubgraph } from './src/server';

export const createModule = () => gemeenteSubgraph;
