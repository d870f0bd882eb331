/** Runs the intermediary's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { createRegieSubgraph, regieOptionsFromEnv } from './server';

runSubgraphFromEnv(createRegieSubgraph(regieOptionsFromEnv()));
