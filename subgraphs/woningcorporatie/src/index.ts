/** Runs the housing corporation's subgraph as its own process. */
import { subgraphDefaults } from '../../partners';
import { runSubgraphFromEnv } from '../../../partner-kit';
import { woningcorporatieSubgraph } from './server';

runSubgraphFromEnv(woningcorporatieSubgraph, subgraphDefaults('woningcorporatie'));
