/** Runs the municipality's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { gemeenteSubgraph } from './server';

runSubgraphFromEnv(gemeenteSubgraph, subgraphDefaults('gemeente'));
