/** The SVB's subgraph module: subgraphs/modules.ts loads subgraphs/<name>/module.ts by convention. */
import { svbSubgraph } from './src/server';

export const createModule = () => svbSubgraph;
