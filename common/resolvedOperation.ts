/**
 * The operation a request runs, or a refusal: every check before planning needs to know which operation it is
 * judging, and one that cannot tell (an empty or unknown `operationName`, no name with several operations, an
 * operation type the schema does not serve) must refuse rather than let the request through unjudged. Apollo
 * Gateway would otherwise execute a document's only operation whatever `operationName` said.
 */
import { type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, ketenError } from './errors';

export function resolvedOperation(operation: OperationDefinitionNode | undefined, schema: GraphQLSchema): OperationDefinitionNode {
  if (!operation) {
    throw ketenError(
      ErrorCode.BAD_REQUEST,
      'The request does not say which operation to run: send "operationName" equal to the name of one operation in the document, or leave it out when the document has exactly one operation.',
      { withHttpStatus: true },
    );
  }
  if (!schema.getRootType(operation.operation)) {
    throw ketenError(ErrorCode.BAD_REQUEST, `This service runs no ${operation.operation} operations; send a query or a mutation.`, {
      withHttpStatus: true,
    });
  }
  return operation;
}
