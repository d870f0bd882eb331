/**
 * Validates every BSN in an operation (literal arguments and variables, at any depth of lists and input objects)
 * before planning, so an invalid BSN is refused whole with INVALID_BSN and no subgraph is called. The gateway's
 * API schema knows BSN only as a name; this plugin checks the operation against a copy of it that carries the
 * eleven-test.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import {
  buildASTSchema,
  getVariableValues,
  parse,
  printSchema,
  validate,
  ValuesOfCorrectTypeRule,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { BsnScalar } from '../../../common/bsn';
import { ErrorCode, ketenError } from '../../../common/errors';

/** A private copy of the API schema whose BSN scalar validates (the served schema is left untouched). */
export function withValidatingBsn(apiSchema: GraphQLSchema): GraphQLSchema {
  const copy = buildASTSchema(parse(printSchema(apiSchema)));
  const bsn = copy.getType('BSN');
  if (bsn && 'parseValue' in bsn) {
    Object.assign(bsn, { parseValue: BsnScalar.parseValue, parseLiteral: BsnScalar.parseLiteral, serialize: BsnScalar.serialize });
  }
  return copy;
}

export function bsnValidationPlugin(): ApolloServerPlugin {
  let validatingSchema: GraphQLSchema | undefined;
  // Apollo Server reuses the parsed document of a repeated operation, so literal checks are done once per document.
  let literalErrorsByDocument = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          validatingSchema = withValidatingBsn(apiSchema);
          literalErrorsByDocument = new WeakMap();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!validatingSchema || !operation) return;
          let literalErrors = literalErrorsByDocument.get(document);
          if (!literalErrors) {
            literalErrors = validate(validatingSchema, document, [ValuesOfCorrectTypeRule]);
            literalErrorsByDocument.set(document, literalErrors);
          }
          const variableErrors = getVariableValues(validatingSchema, operation.variableDefinitions ?? [], request.variables ?? {}).errors ?? [];
          const invalid = [...literalErrors, ...variableErrors].find((error) => error.extensions.code === ErrorCode.INVALID_BSN);
          if (invalid) throw ketenError(ErrorCode.INVALID_BSN, invalid.message, { withHttpStatus: true });
        },
      };
    },
  };
}
