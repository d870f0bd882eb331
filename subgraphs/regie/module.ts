/** The intermediary's subgraph module, where subgraphs/modules.ts looks for it; the only one that takes options. */
import { createRegieSubgraph, type RegieOptions } from './src/server';

export const createModule = (options: RegieOptions) => createRegieSubgraph(options);
