/** The allowances office's subgraph module: subgraphs/modules.ts loads subgraphs/<name>/module.ts by convention. */
import { toeslagenSubgraph } from './src/server';

export const createModule = () => toeslagenSubgraph;
