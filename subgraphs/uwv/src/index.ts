/** Runs UWV's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { uwvSubgraph } from './server';

runSubgraphFromEnv(uwvSubgraph, subgraphDefaults('uwv'));
