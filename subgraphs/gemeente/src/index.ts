/** Runs the municipality's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { gemeenteSubgraph } from './server';

runSubgraphFromEnv(gemeenteSubgraph);
