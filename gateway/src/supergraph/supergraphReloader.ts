/**
 * Swaps the supergraph of a running gateway without dropping a request. A candidate (re-read from SUPERGRAPH_PATH on
 * a file change or SIGHUP) is checked like the one at start-up (./supergraphCandidate.ts), then handed to Apollo
 * Gateway's `update`, which validates its composition and swaps schema, query planner and subgraph data sources for
 * new operations; operations already executing finish on the plan they have. A refused candidate changes nothing:
 * the served supergraph keeps serving, one log line says why (code, hashes, never contents) and the metrics count it.
 */
import { readFileSync } from 'node:fs';
import { type SupergraphSdlHook, type SupergraphSdlUpdateFunction } from '@apollo/gateway';
import { type Logger } from 'pino';
import { recordInSync, recordRefused, recordServed } from './reloadMetrics';
import {
  type CandidateRules,
  type CheckedSupergraph,
  checkSupergraph,
  type RefusalCode,
  SupergraphRefusal,
  supergraphHash,
} from './supergraphCandidate';

/** What made the gateway look: the file changed (or its ConfigMap directory was swapped), or SIGHUP. */
export type ReloadTrigger = 'file' | 'signal';

export type ReloadOutcome = { result: 'applied' | 'unchanged'; hash: string } | { result: 'refused'; code: RefusalCode; hash?: string };

export interface SupergraphReloaderOptions {
  /** The supergraph served from start-up, already checked. */
  initial: CheckedSupergraph;
  rules: Omit<CandidateRules, 'servedRolesSubgraph'>;
  /** The file candidates are read from (SUPERGRAPH_PATH); absent: this gateway does not reload. */
  path?: string;
  log: Logger;
}

export class SupergraphReloader {
  private served: CheckedSupergraph;
  private update?: SupergraphSdlUpdateFunction;

  constructor(private readonly options: SupergraphReloaderOptions) {
    this.served = options.initial;
    recordServed(this.served.hash, new Date(), false);
  }

  /** For `new ApolloGateway({ supergraphSdl })`: serves the initial supergraph and keeps Apollo's `update` for later. */
  readonly hook: SupergraphSdlHook = async ({ update }) => {
    this.update = update;
    return { supergraphSdl: this.served.sdl };
  };

  /** The served supergraph and what the gateway derived from it. */
  current(): CheckedSupergraph {
    return this.served;
  }

  /** A subgraph's address, by the rule every candidate was checked with (for `buildService`). */
  subgraphUrl(name: string, supergraphUrl: string): string {
    return this.options.rules.subgraphUrl(name, supergraphUrl);
  }

  /** Reads SUPERGRAPH_PATH again and serves it if it changed and passes every check. */
  reload(trigger: ReloadTrigger): ReloadOutcome {
    const { path } = this.options;
    let sdl: string;
    try {
      if (!path) throw new Error('this gateway was given its supergraph without a file to read it from');
      sdl = readFileSync(path, 'utf8');
    } catch (error) {
      return this.refuse(trigger, new SupergraphRefusal('SUPERGRAPH_UNREADABLE', error instanceof Error ? error.message : String(error)));
    }
    return this.offer(sdl, trigger);
  }

  /** Serves `sdl` if it differs from the served supergraph and passes every check; otherwise changes nothing. */
  offer(sdl: string, trigger: ReloadTrigger): ReloadOutcome {
    const hash = supergraphHash(sdl);
    if (hash === this.served.hash) {
      recordInSync();
      return { result: 'unchanged', hash };
    }
    let candidate: CheckedSupergraph;
    try {
      candidate = checkSupergraph(sdl, { ...this.options.rules, servedRolesSubgraph: this.served.rolesSubgraph });
      if (!this.update) throw new SupergraphRefusal('SUPERGRAPH_UNREADABLE', 'the gateway has not loaded its first supergraph yet');
      try {
        this.update(sdl);
      } catch (error) {
        throw new SupergraphRefusal('SUPERGRAPH_COMPOSITION_INVALID', error instanceof Error ? error.message : String(error));
      }
    } catch (error) {
      if (error instanceof SupergraphRefusal) return this.refuse(trigger, error, hash);
      throw error;
    }
    const previous = this.served;
    this.served = candidate;
    recordServed(candidate.hash, new Date(), true);
    const before = new Set(Object.keys(previous.subgraphUrls));
    const after = Object.keys(candidate.subgraphUrls);
    this.options.log.info(
      {
        trigger,
        hash: candidate.hash,
        previousHash: previous.hash,
        subgraphsAdded: after.filter((name) => !before.has(name)),
        subgraphsRemoved: [...before].filter((name) => !(name in candidate.subgraphUrls)),
      },
      'supergraph applied: new operations use it, operations in flight finish on the previous one',
    );
    return { result: 'applied', hash: candidate.hash };
  }

  private refuse(trigger: ReloadTrigger, refusal: SupergraphRefusal, hash?: string): ReloadOutcome {
    recordRefused(refusal.code);
    // The reason names fields, policies, activities and subgraphs of a schema: no personal data.
    this.options.log.error(
      { trigger, code: refusal.code, hash, servedHash: this.served.hash, reason: refusal.message },
      'supergraph refused: the served supergraph keeps serving',
    );
    return hash === undefined ? { result: 'refused', code: refusal.code } : { result: 'refused', code: refusal.code, hash };
  }
}
