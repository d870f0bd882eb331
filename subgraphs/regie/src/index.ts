/** Runs the intermediary's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { regieSubgraph } from './server';

runSubgraphFromEnv(regieSubgraph);
