/** The UWV's subgraph module: subgraphs/modules.ts loads subgraphs/<name>/module.ts by convention. */
import { uwvSubgraph } from './src/server';

export const createModule = () => uwvSubgraph;
