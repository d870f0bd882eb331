/** Runs the intermediary's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { createRegieSubgraph, regieOptionsFromEnv } from './server';

runSubgraphFromEnv(createRegieSubgraph(regieOptionsFromEnv()), subgraphDefaults('regie'));
