/**
 * The request's ASKED audit record, written before the chain is asked anything (once per request: every later call
 * waits for the same write). If it cannot be written nothing is asked: LOG_UNAVAILABLE, fail closed.
 */
import { ErrorCode, ketenError } from '../../../common';
import { type GatewayContext } from '../context';

export async function recordAskedOrRefuse(context: GatewayContext, operationName: string | null, serviceName: string): Promise<void> {
  try {
    await context.auditTrail.recordAsked(operationName);
  } catch {
    throw ketenError(ErrorCode.LOG_UNAVAILABLE, 'The audit log could not record this request, so no partner was asked. Try again later.', {
      details: { serviceName },
    });
  }
}
