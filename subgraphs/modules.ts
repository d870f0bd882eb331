/**
 * Every partner subgraph module, by name: what `npm start` runs and what the tests start in process. The list is the
 * registry's; each subgraph folder exports `createModule` from subgraphs/<name>/module.ts (the intermediary's takes
 * its options, the partners' take none).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from './partners';
import { type SubgraphModule } from '../partner-kit';
import { regieOptionsFromEnv, type RegieOptions } from './regie/src/server';

/** A subgraph module whose store and loader types are not needed by the caller. */
export type AnySubgraphModule = SubgraphModule<never, unknown>;
type CreateModule = (options: RegieOptions) => AnySubgraphModule;

const load = createRequire(__filename);

function moduleFactory(name: string): CreateModule {
  const exported: unknown = load(join(__dirname, name, 'module'));
  const createModule =
    typeof exported === 'object' && exported !== null ? (exported as { createModule?: unknown }).createModule : undefined;
  if (typeof createModule !== 'function')
    throw new Error(`subgraphs/${name}/module.ts must export createModule, a function returning the subgraph module`);
  return createModule as CreateModule;
}

/** The modules, with the intermediary's options taken from the environment unless given. */
export function subgraphModules(regieOptions: RegieOptions = regieOptionsFromEnv()): Record<SubgraphName, AnySubgraphModule> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, moduleFactory(name)(regieOptions)])) as Record<
    SubgraphName,
    AnySubgraphModule
  >;
}
