/**
 * A lean HTTP server for one of the workload's subgraphs: POST a GraphQL request (or a JSON array of them) to
 * /graphql, answered by graphql-js over the @apollo/subgraph schema, each distinct query parsed and validated once.
 * Deliberately light, so that the subgraphs cost little next to the gateways under test. Counts the GraphQL HTTP
 * requests it receives.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { execute, GraphQLError, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

interface GraphQLRequest {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface SubgraphServer {
  server: Server;
  /** GraphQL HTTP requests received since the last call; starts counting from zero again. */
  takeRequests(): number;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startSubgraphServer(
  schema: GraphQLSchema,
  port: number,
  routes: Record<string, () => string> = {},
): Promise<SubgraphServer> {
  // Each distinct query text once: its parsed document, or the errors that refuse it.
  const documents = new Map<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>();
  let requests = 0;

  function prepared(query: string) {
    let known = documents.get(query);
    if (!known) {
      try {
        const document = parse(query);
        const errors = validate(schema, document);
        known = errors.length > 0 ? { errors } : { document };
      } catch (error) {
        known = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
      }
      documents.set(query, known);
    }
    return known;
  }

  async function run({ query = '', variables, operationName }: GraphQLRequest): Promise<ExecutionResult> {
    const known = prepared(query);
    if ('errors' in known) return { errors: known.errors };
    return execute({ schema, document: known.document, variableValues: variables, operationName, contextValue: {} });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = routes[req.url ?? ''];
    if (req.method === 'GET' && route) {
      res.setHeader('content-type', 'application/json');
      res.end(route());
      return;
    }
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) {
      res.statusCode = 404;
      res.end();
      return;
    }
    requests++;
    const body = JSON.parse(await readBody(req)) as GraphQLRequest | GraphQLRequest[];
    const result = Array.isArray(body) ? await Promise.all(body.map(run)) : await run(body);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(result));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.statusCode = 400;
      res.end(JSON.stringify({ errors: [{ message: 'bad request' }] }));
    });
  });
  // Longer than any client keeps an idle socket, so no client reuses a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        server,
        takeRequests() {
          const taken = requests;
          requests = 0;
          return taken;
        },
      }),
    ),
  );
}
