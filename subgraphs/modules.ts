/** Every partner subgraph module, by name: what `npm start` runs and what the tests start in process. */
import { type SubgraphName } from '../common/partners';
import { type SubgraphModule } from '../common/subgraph/launchSubgraph';
import { gemeenteSubgraph } from './gemeente/src/server';
import { createRegieSubgraph, regieOptionsFromEnv, type RegieOptions } from './regie/src/server';
import { svbSubgraph } from './svb/src/server';
import { toeslagenSubgraph } from './toeslagen/src/server';
import { uwvSubgraph } from './uwv/src/server';
import { woningcorporatieSubgraph } from './woningcorporatie/src/server';

/** A subgraph module whose store and loader types are not needed by the caller. */
export type AnySubgraphModule = SubgraphModule<never, unknown>;

/** The modules, with the intermediary's options taken from the environment unless given. */
export function subgraphModules(regieOptions: RegieOptions = regieOptionsFromEnv()): Record<SubgraphName, AnySubgraphModule> {
  return {
    regie: createRegieSubgraph(regieOptions) as unknown as AnySubgraphModule,
    gemeente: gemeenteSubgraph as unknown as AnySubgraphModule,
    uwv: uwvSubgraph as unknown as AnySubgraphModule,
    svb: svbSubgraph as unknown as AnySubgraphModule,
    toeslagen: toeslagenSubgraph as unknown as AnySubgraphModule,
    woningcorporatie: woningcorporatieSubgraph as unknown as AnySubgraphModule,
  };
}
