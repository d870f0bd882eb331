/** Runs the SVB's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { svbSubgraph } from './server';

runSubgraphFromEnv(svbSubgraph);
