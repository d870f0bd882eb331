/**
 * The gateway's supergraph from start to stop: checks the one it starts with (refusing to start as before), serves
 * it through a reloader, and, when the gateway was given a file, reloads on changes in its directory
 * (SUPERGRAPH_WATCH). SIGHUP is the process's business (../index.ts). Subgraph URLs are resolved here, the same way
 * for every supergraph served: an explicit override, SUBGRAPH_URL_<NAME>, else the supergraph's own URL.
 */
import { type Logger } from 'pino';
import { type GatewayConfig } from '../config';
import { type CandidateRules, checkSupergraph } from './supergraphCandidate';
import { SupergraphReloader } from './supergraphReloader';
import { type SupergraphWatch, watchSupergraphFile } from './supergraphWatch';

function subgraphUrlRule(config: GatewayConfig): CandidateRules['subgraphUrl'] {
  return (name, supergraphUrl) => {
    const url = config.subgraphUrls?.[name] ?? config.subgraphUrlFor?.(name, supergraphUrl) ?? supergraphUrl;
    if (!URL.canParse(url)) throw new Error(`the subgraph "${name}" has no valid URL; set SUBGRAPH_URL_${name.toUpperCase()}`);
    return url;
  };
}

/** A reloader serving `config.supergraphSdl`; throws (with the check's message) when that supergraph may not be served. */
export function servedSupergraph(config: GatewayConfig, log: Logger): SupergraphReloader {
  const rules: CandidateRules = {
    register: config.register,
    ...(config.rolesSubgraph ? { rolesSubgraph: config.rolesSubgraph } : {}),
    subgraphUrl: subgraphUrlRule(config),
  };
  return new SupergraphReloader({
    initial: checkSupergraph(config.supergraphSdl, rules),
    rules,
    ...(config.supergraphReload ? { path: config.supergraphReload.path } : {}),
    log,
  });
}

/** Watches the supergraph file when the configuration asks for it; absent: nothing to watch. */
export function watchServedSupergraph(config: GatewayConfig, reloader: SupergraphReloader, log: Logger): SupergraphWatch | undefined {
  const reload = config.supergraphReload;
  if (!reload?.watch) return undefined;
  return watchSupergraphFile(reload.path, () => reloader.reload('file'), log);
}
