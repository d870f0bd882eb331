/**
 * Answers, in the gateway, a fetch that would only have the intermediary echo keys back. Its entry points
 * `client(bsn:)` and `clients(bsns:)` turn the BSNs they are given into `Client` references and read nothing
 * (subgraphs/regie/src/resolvers/partners.ts); the query planner still sends a fetch for them before any partner can
 * start. A fetch that selects nothing but `__typename` and the key of such references is answered here instead, so
 * the partners start at once. Each key is checked as regie's scalar checks it (the BSN's eleven-test: INVALID_BSN,
 * the same request error regie answers); anything else (another field, a directive, a fragment, a missing key, more
 * keys than regie takes) goes to the subgraph as before. Regie logs nothing for such a fetch (it discloses no field
 * with a policy) and checks nothing else in it, so nothing is lost; the request's ASKED audit record is written as before.
 */
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, valueFromASTUntyped, type DocumentNode, type FieldNode } from 'graphql';
import { BsnScalar, MAX_BATCH_SIZE } from '../../../common';
import { type GatewayContext } from '../context';
import { recordAskedOrRefuse } from './askedRecord';

/** A root field whose resolver returns, unread, the reference(s) its one argument names. */
export interface KeyEchoField {
  typeName: string;
  /** The argument that carries the key (a list of keys for a list field). */
  argument: string;
  keyField: string;
  list: boolean;
  /** More keys go to the subgraph, which refuses them by its own rule. */
  maxKeys: number;
  /** Checks one key as the subgraph's scalar does; throws that scalar's GraphQLError. */
  parseKey: (value: unknown) => string;
}

const parseBsn = (value: unknown): string => BsnScalar.parseValue(value);

/** The intermediary's client entry points (regie's schema: `client(bsn: BSN!): Client!`, `clients(bsns: [BSN!]!): [Client!]!`). */
export const INTERMEDIARY_CLIENT_ECHOES: Readonly<Record<string, KeyEchoField>> = {
  client: { typeName: 'Client', argument: 'bsn', keyField: 'bsn', list: false, maxKeys: 1, parseKey: parseBsn },
  clients: { typeName: 'Client', argument: 'bsns', keyField: 'bsn', list: true, maxKeys: MAX_BATCH_SIZE, parseKey: parseBsn },
};

interface EchoedField {
  responseKey: string;
  field: KeyEchoField;
  keys: unknown[];
  /** The selected leaves, `__typename` and/or the key, in the order asked. */
  leaves: string[];
}

/** The leaves of a reference selection, or undefined when it asks for more than `__typename` and the key. */
function referenceLeaves(node: FieldNode, field: KeyEchoField): string[] | undefined {
  const leaves: string[] = [];
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.alias || selection.arguments?.length || selection.directives?.length) return undefined;
    if (selection.selectionSet || (selection.name.value !== '__typename' && selection.name.value !== field.keyField)) return undefined;
    leaves.push(selection.name.value);
  }
  return leaves;
}

function echoedField(node: FieldNode, echoes: Readonly<Record<string, KeyEchoField>>, variables: Record<string, unknown>) {
  const field = Object.hasOwn(echoes, node.name.value) ? echoes[node.name.value] : undefined;
  const [argument, ...others] = node.arguments ?? [];
  if (!field || node.directives?.length || !argument || others.length > 0 || argument.name.value !== field.argument) return undefined;
  const leaves = referenceLeaves(node, field);
  const value: unknown = valueFromASTUntyped(argument.value, variables);
  const keys = field.list ? value : [value];
  if (!leaves || !Array.isArray(keys) || keys.length > field.maxKeys || keys.some((key) => key === null || key === undefined))
    return undefined;
  return { responseKey: node.alias?.value ?? node.name.value, field, keys, leaves };
}

/** The fetch's answer when it only asks for echoed references; undefined when the subgraph must answer it. */
export function keyEchoAnswer(
  document: DocumentNode,
  variables: Record<string, unknown>,
  echoes: Readonly<Record<string, KeyEchoField>>,
): GatewayGraphQLResponse | undefined {
  const [operation, ...rest] = document.definitions;
  if (!operation || rest.length > 0 || operation.kind !== Kind.OPERATION_DEFINITION) return undefined;
  if (operation.operation !== 'query' || operation.directives?.length) return undefined;
  const fields: EchoedField[] = [];
  for (const selection of operation.selectionSet.selections) {
    const echoed = selection.kind === Kind.FIELD ? echoedField(selection, echoes, variables) : undefined;
    if (!echoed) return undefined;
    fields.push(echoed);
  }
  const data: Record<string, unknown> = {};
  try {
    for (const { responseKey, field, keys, leaves } of fields) {
      const references = keys.map((key) => {
        const parsed = field.parseKey(key);
        return Object.fromEntries(leaves.map((leaf) => [leaf, leaf === '__typename' ? field.typeName : parsed]));
      });
      data[responseKey] = field.list ? references : references[0];
    }
  } catch (error) {
    // The subgraph refuses the whole request for a bad key, with its scalar's code and message.
    if (!(error instanceof GraphQLError)) throw error;
    return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
  }
  return { data };
}

/** Wraps the intermediary's data source: echo-only fetches are answered here, every other fetch goes on to it. */
export class KeyEchoDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: GraphQLDataSource<GatewayContext>,
    private readonly serviceName: string,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if ('incomingRequestContext' in options && options.document) {
      const answer = keyEchoAnswer(options.document, options.request.variables ?? {}, INTERMEDIARY_CLIENT_ECHOES);
      if (answer) {
        await recordAskedOrRefuse(options.context, options.incomingRequestContext.operationName ?? null, this.serviceName);
        return answer;
      }
    }
    return this.subgraph.process(options);
  }
}
