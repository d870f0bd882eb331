/** Runs the SVB's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { svbSubgraph } from './server';

runSubgraphFromEnv(svbSubgraph, subgraphDefaults('svb'));
