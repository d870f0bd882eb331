/** Counting what reaches the partners: the GraphQL requests every subgraph of a test stack receives. */
import { type IncomingMessage } from 'node:http';
import { type TestStack } from './stack';

/**
 * Starts counting the GraphQL requests every subgraph of the stack receives; returns the count so far. Not the
 * logs' hand-overs, role lookups or role-change streams: those go to other paths, on timers of their own.
 */
export function subgraphRequests(stack: TestStack): () => number {
  let count = 0;
  for (const subgraph of Object.values(stack.subgraphs)) {
    subgraph.server.on('request', (req: IncomingMessage) => {
      if (req.url?.split('?')[0] === '/graphql') count += 1;
    });
  }
  return () => count;
}
