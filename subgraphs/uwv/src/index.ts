/** Runs UWV's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { uwvSubgraph } from './server';

runSubgraphFromEnv(uwvSubgraph);
