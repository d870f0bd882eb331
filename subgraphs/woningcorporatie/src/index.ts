/** Runs the housing corporation's subgraph as its own process. */
import { runSubgraphFromEnv } from '../../../common/subgraph/runFromEnv';
import { woningcorporatieSubgraph } from './server';

runSubgraphFromEnv(woningcorporatieSubgraph);
