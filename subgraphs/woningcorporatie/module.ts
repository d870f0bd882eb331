/** The housing corporation's subgraph module: subgraphs/modules.ts loads subgraphs/<name>/module.ts by convention. */
import { woningcorporatieSubgraph } from './src/server';

export const createModule = () => woningcorporatieSubgraph;
