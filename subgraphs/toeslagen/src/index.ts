/** Runs the allowances office's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { toeslagenSubgraph } from './server';

runSubgraphFromEnv(toeslagenSubgraph, subgraphDefaults('toeslagen'));
