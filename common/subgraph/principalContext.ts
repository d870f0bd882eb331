/**
 * A subgraph's gatekeeper: every request must carry a principal signed by the gateway. Without one the request is
 * refused whole (HTTP 401, UNAUTHENTICATED) before any resolver runs.
 */
import { type IncomingMessage } from 'node:http';
import { type CryptoKey } from 'jose';
import { ErrorCode, ketenError } from '../errors';
import { PRINCIPAL_HEADER, verifyPrincipal, type Principal } from '../principal';

export async function principalFromRequest(req: IncomingMessage, gatewayKey: CryptoKey): Promise<Principal> {
  const header = req.headers[PRINCIPAL_HEADER];
  if (typeof header !== 'string' || header === '') {
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'Requests must come through the ketenregie gateway (no signed principal).', { withHttpStatus: true });
  }
  try {
    return await verifyPrincipal(header, gatewayKey);
  } catch {
    throw ketenError(ErrorCode.UNAUTHENTICATED, 'The signed principal is invalid or expired; send the request through the gateway.', {
      withHttpStatus: true,
    });
  }
}
