/**
 * Fewer, cheaper subgraph requests: the `_entities` fetches that one client request sends to one subgraph within a
 * tick (collected until setImmediate) go out as one GraphQL operation (mergedEntityFetches.ts), and each distinct
 * representation of a fetch is sent once (entityFetch.ts). Merged at GraphQL level rather than as an HTTP batch of
 * operations, because a subgraph's per-request state then stays exactly as for any request: one context, one role
 * lookup with the one role-lookup principal regie accepts once, one processing-log write, limits on all it asks.
 * Only fetches of the same request context join (one principal, one activity); never across client requests. A
 * merged operation that the subgraph refuses as too complex is sent again as separate fetches.
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ErrorCode } from '../../../common';
import { type GatewayContext } from '../context';
import { answerOf, entityFetchOf, hasDuplicates, REPRESENTATIONS, type EntityFetch } from './entityFetch';
import { canJoin, mergeEntityFetches, splitMergedAnswer } from './mergedEntityFetches';

/** At most this many fetches in one operation: well within a subgraph's root-field limit (docs/limits.md). */
export const MAX_MERGED_FETCHES = 8;

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
/** A fetch of a client's operation (not a health check or schema load). */
type IncomingFetch = Extract<ProcessOptions, { incomingRequestContext: unknown }>;

interface Waiting {
  fetch: EntityFetch;
  options: IncomingFetch;
  resolve: (response: GatewayGraphQLResponse) => void;
  reject: (error: unknown) => void;
}

const ALONE = new Set(['_entities']);

function refusedAsTooComplex(response: GatewayGraphQLResponse): boolean {
  return !response.data && (response.errors ?? []).some((error) => error.extensions?.code === ErrorCode.OPERATION_TOO_COMPLEX);
}

/** Groups of fetches that can go out as one operation, in the order they came. */
function groupsOf(waiting: readonly Waiting[], maxMerged: number): Waiting[][] {
  const groups: Waiting[][] = [];
  for (const entry of waiting) {
    const group = groups.find(
      (g) =>
        g.length < maxMerged &&
        canJoin(
          g.map((w) => w.fetch),
          entry.fetch,
        ),
    );
    if (group) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

export class EntityFetchMerging implements GraphQLDataSource<GatewayContext> {
  /** The fetches waiting for the next setImmediate, per client request (its context). */
  private readonly waiting = new WeakMap<GatewayContext, Waiting[]>();

  constructor(private readonly subgraph: GraphQLDataSource<GatewayContext>) {}

  process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const fetch =
      'incomingRequestContext' in options && options.document
        ? entityFetchOf(options.document, options.request.variables ?? {})
        : undefined;
    if (!fetch || !('incomingRequestContext' in options)) return this.subgraph.process(options);
    const context = options.context;
    return new Promise((resolve, reject) => {
      let waiting = this.waiting.get(context);
      if (!waiting) {
        const collected: Waiting[] = (waiting = []);
        this.waiting.set(context, collected);
        setImmediate(() => {
          this.waiting.delete(context);
          for (const group of groupsOf(collected, MAX_MERGED_FETCHES)) void this.send(group);
        });
      }
      waiting.push({ fetch, options, resolve, reject });
    });
  }

  private async send(group: Waiting[]): Promise<void> {
    try {
      if (group.length === 1 && group[0]) return group[0].resolve(await this.sendAlone(group[0]));
      const [first] = group;
      if (!first) return;
      const fetches = group.map((w) => w.fetch);
      const merged = mergeEntityFetches(fetches);
      const response = await this.subgraph.process({
        ...first.options,
        request: { ...first.options.request, query: merged.query, variables: merged.variables },
        document: merged.document,
      });
      if (refusedAsTooComplex(response)) {
        for (const w of group) this.sendAlone(w).then(w.resolve, w.reject);
        return;
      }
      splitMergedAnswer(fetches, merged, response).forEach((answer, k) => group[k]?.resolve(answer));
    } catch (error) {
      for (const w of group) w.reject(error);
    }
  }

  /** One fetch as it came, with each distinct representation once. */
  private async sendAlone({ fetch, options }: Waiting): Promise<GatewayGraphQLResponse> {
    if (!hasDuplicates(fetch)) return this.subgraph.process(options);
    const variables = { ...options.request.variables, [REPRESENTATIONS]: fetch.representations };
    const response = await this.subgraph.process({ ...options, request: { ...options.request, variables } });
    return answerOf(fetch, '_entities', response, ALONE);
  }
}
