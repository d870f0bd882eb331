/**
 * Validates every value of our scalars in an operation (BSN, OIN, Money, Date, DateTime; literal arguments and
 * variables, at any depth of lists and input objects) before planning, so bad input is refused whole with HTTP 400
 * (INVALID_BSN or BAD_USER_INPUT) and no subgraph is called. The gateway's API schema knows these scalars only by
 * name; this plugin checks the operation against a copy of it that carries their implementations. The messages
 * are the scalars' own, which never echo the value (graphql-js's would: "got invalid value \"…\"").
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
  GraphQLError,
  isScalarType,
  type GraphQLSchema,
} from 'graphql';
import {
  BsnScalar,
  DateScalar,
  DateTimeScalar,
  ErrorCode,
  isErrorCode,
  ketenError,
  MoneyScalar,
  OinScalar,
  resolvedOperation,
} from '../../../common';

const VALIDATING_SCALARS = [BsnScalar, OinScalar, MoneyScalar, DateScalar, DateTimeScalar];

/** A private copy of the API schema whose scalars validate (the served schema is left untouched). */
export function withValidatingScalars(apiSchema: GraphQLSchema): GraphQLSchema {
  const copy = buildASTSchema(parse(printSchema(apiSchema)));
  for (const scalar of VALIDATING_SCALARS) {
    const type = copy.getType(scalar.name);
    if (isScalarType(type))
      Object.assign(type, { parseValue: scalar.parseValue, parseLiteral: scalar.parseLiteral, serialize: scalar.serialize });
  }
  return copy;
}

/** The scalar's own error behind a graphql-js coercion error, which alone is safe to show. */
function scalarError(error: GraphQLError): GraphQLError | undefined {
  const original = error.originalError;
  return original instanceof GraphQLError && isErrorCode(original.extensions.code) ? original : error.extensions.code ? error : undefined;
}

export function scalarValidationPlugin(): ApolloServerPlugin {
  let validatingSchema: GraphQLSchema | undefined;
  // Apollo Server reuses the parsed document of a repeated operation, so literal checks are done once per document.
  let literalErrorsByDocument = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          validatingSchema = withValidatingScalars(apiSchema);
          literalErrorsByDocument = new WeakMap();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // Fail closed: an operation that cannot be judged, or no schema to judge it by, is refused.
          const resolved = resolvedOperation(operation, schema);
          if (!validatingSchema) throw new Error('The validating schema is not loaded; refusing the operation');
          let literalErrors = literalErrorsByDocument.get(document);
          if (!literalErrors) {
            literalErrors = validate(validatingSchema, document, [ValuesOfCorrectTypeRule]);
            literalErrorsByDocument.set(document, literalErrors);
          }
          const variableErrors =
            getVariableValues(validatingSchema, resolved.variableDefinitions ?? [], request.variables ?? {}).errors ?? [];
          const invalid = [...literalErrors, ...variableErrors].map(scalarError).find((error) => error !== undefined);
          if (!invalid) return;
          const code = invalid.extensions.code === ErrorCode.INVALID_BSN ? ErrorCode.INVALID_BSN : ErrorCode.BAD_USER_INPUT;
          throw ketenError(code, invalid.message, { withHttpStatus: true });
        },
      };
    },
  };
}
