/**
 * The typed client for partners: the generated documents and types for every operation in client/operations/,
 * and `createClient` to send them. Regenerate with `npm run codegen` after changing an operation.
 */
export * from './__generated__/graphql';
export {
  createClient,
  persistedHashOf,
  TransportError,
  type ClientOptions,
  type ClientResult,
  type KetenClient,
  type RequestOptions,
} from './src/createClient';
export { ErrorCode, errorsWithCode, type ClientError } from './src/errors';
