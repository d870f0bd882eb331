/**
 * A subgraph's gatekeeper: every request must carry a principal signed by the gateway. Without one the request is
 * refused whole (HTTP 401, UNAUTHENTICATED) before any resolver runs.
 */
import { type IncomingMessage } from 'node:http';
import { type CryptoKey } from 'jose';
import { ErrorCode, ketenError } from '../errors';
import { PRINCIPAL_HEADER, ROLES_AUDIENCE, ROLES_PRINCIPAL_HEADER, verifyPrincipal, type Principal } from '../principal';

export interface VerifiedPrincipal {
  principal: Principal;
  /** 'full' for a principal meant for this subgraph; 'roles' for one that allows regie's role lookup only. */
  scope: 'full' | 'roles';
  /** The principal for regie's role lookup that came with the request, to pass on unchanged; null if none. */
  rolesPrincipal: string | null;
}

/**
 * Verifies the principal meant for this subgraph (audience = its name). Regie also accepts, in its place, a
 * role-lookup principal (ROLES_AUDIENCE), which then limits the request to `rolesOf`.
 */
export async function principalFromRequest(req: IncomingMessage, gatewayKey: CryptoKey, subgraphName: string): Promise<VerifiedPrincipal> {
  const header = req.headers[PRINCIPAL_HEADER];
  const rolesHeader = req.headers[ROLES_PRINCIPAL_HEADER];
  const rolesPrincipal = typeof rolesHeader === 'string' && rolesHeader !== '' ? rolesHeader : null;
  if (typeof header !== 'string' || header === '') {
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'Requests must come through the ketenregie gateway (no signed principal).', { withHttpStatus: true });
  }
  try {
    return { principal: await verifyPrincipal(header, gatewayKey, subgraphName), scope: 'full', rolesPrincipal };
  } catch {
    if (subgraphName === 'regie') {
      try {
        return { principal: await verifyPrincipal(header, gatewayKey, ROLES_AUDIENCE), scope: 'roles', rolesPrincipal: null };
      } catch {
        // fall through to the refusal below
      }
    }
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'The signed principal is invalid or expired; send the request through the gateway.', {
      withHttpStatus: true,
    });
  }
}
