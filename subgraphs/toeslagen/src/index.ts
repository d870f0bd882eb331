/** Runs the allowances office's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { toeslagenSubgraph } from './server';

runSubgraphFromEnv(toeslagenSubgraph);
