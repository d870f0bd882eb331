/**
 * Partners' schema changes for the reload tests: a new subgraph, "notices", that adds one field to the graph
 * (`Query.chainNotice`, no personal data), served by a real HTTP server, and the supergraph composed from the
 * committed subgraphs plus it, with its real address; or without one of them. Composed by the same code as
 * `npm run compose`.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { composeSupergraph, defaultSubgraphSources } from '../../scripts/lib/composeSupergraph';

export const NOTICE = 'The chain moves to the new allowances rules on 1 January.';

const NOTICES_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@shareable"])

type Query {
  "A notice from the intermediary to every partner in the chain."
  chainNotice: String!
}
`;

export interface HeldNotice {
  /** Resolves when the held request has reached the subgraph. */
  arrived: Promise<void>;
  release(): void;
}

export interface NoticesSubgraph {
  url: string;
  /** The next `chainNotice` waits at the subgraph until released: an operation in flight, for as long as a test needs. */
  holdNext(): HeldNotice;
  stop(): Promise<void>;
}

export async function startNoticesSubgraph(): Promise<NoticesSubgraph> {
  let held: { arrive(): void; released: Promise<void> } | undefined;
  const chainNotice = async () => {
    const hold = held;
    held = undefined;
    hold?.arrive();
    await hold?.released;
    return NOTICE;
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(NOTICES_SDL), resolvers: { Query: { chainNotice } } }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    holdNext() {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      held = { arrive: () => arrive(), released: new Promise<void>((resolve) => (release = resolve)) };
      return { arrived, release: () => release() };
    },
    stop: () => server.stop(),
  };
}

/** The committed subgraphs plus "notices" at `url`, composed (and policy-checked) as `npm run compose` does. */
export function supergraphWithNotices(url: string): string {
  const result = composeSupergraph([...defaultSubgraphSources(), { name: 'notices', url, sdl: NOTICES_SDL }]);
  if (!result.ok) throw new Error(`composition failed: ${result.errors.join('; ')}`);
  return result.supergraphSdl;
}

/** The committed subgraphs without one of them: a partner leaving the chain. */
export function supergraphWithout(name: string): string {
  const result = composeSupergraph(defaultSubgraphSources().filter((source) => source.name !== name));
  if (!result.ok) throw new Error(`composition failed: ${result.errors.join('; ')}`);
  return result.supergraphSdl;
}

/** The supergraph with every @disclose use removed (the directive's definition stays): personal data without policy. */
export function withoutPolicies(sdl: string): string {
  return sdl
    .split('\n')
    .map((line) => (line.trimStart().startsWith('directive') ? line : line.replace(/@disclose\((?:[^()]|\([^)]*\))*\)/g, '')))
    .join('\n');
}
