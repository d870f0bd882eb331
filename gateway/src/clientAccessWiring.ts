/**
 * Puts the client-access rules into the gateway in one place: Apollo Server's options (introspection decided by us,
 * hash-only requests answered from the manifest), the schema-visibility plugin, the admission checks around the
 * context, and the pages (explorer, development sign-in, reference front end).
 */
import { type IncomingMessage } from 'node:http';
import { type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { type Register } from '../../common/register';
import { DEFAULT_EXPLORER_DIR, type ClientAccessConfig } from './clientAccess';
import { type GatewayConfig } from './config';
import { type GatewayContext } from './context';
import { pageRoutes } from './explorer/routes';
import { createAdmission } from './persisted/admission';
import { loadPersistedOperations, manifestQueryCache } from './persisted/manifest';
import { requestedOperations } from './persisted/requestedOperations';
import { schemaVisibilityPlugin } from './plugins/schemaVisibility';

/** When a config (e.g. a test's) does not say: the committed manifest, not required; schema for staff only. */
function defaults(): ClientAccessConfig {
  return { persistedOperations: { operations: loadPersistedOperations(), only: false }, introspection: 'staff', explorerDir: DEFAULT_EXPLORER_DIR };
}

type ContextFactory = (req: IncomingMessage) => Promise<GatewayContext>;

export function clientAccessWiring(config: Pick<GatewayConfig, 'clientAccess' | 'devSignIn'> & { register: Register }) {
  const access = config.clientAccess ?? defaults();
  const admission = createAdmission({
    operations: access.persistedOperations.operations,
    persistedOnly: access.persistedOperations.only,
    introspection: access.introspection,
  });
  return {
    /** Introspection is always executable by Apollo; whether a caller may use it is the plugin's decision. */
    apolloOptions: { introspection: true, persistedQueries: { cache: manifestQueryCache(access.persistedOperations.operations), ttl: null } },
    plugins: [schemaVisibilityPlugin(access.introspection)] as ApolloServerPlugin<GatewayContext>[],
    context(buildContext: ContextFactory) {
      return async (req: IncomingMessage, request: HTTPGraphQLRequest): Promise<GatewayContext> => {
        const operations = requestedOperations(request);
        admission.beforeAuthentication(operations, typeof req.headers.authorization === 'string');
        const context = await buildContext(req);
        admission.afterAuthentication(operations, context.user);
        return context;
      };
    },
    ...pageRoutes({ explorerDir: access.explorerDir, webAppDir: access.webAppDir, register: config.register, devSignIn: config.devSignIn }),
  };
}
