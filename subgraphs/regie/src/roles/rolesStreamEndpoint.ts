/**
 * The door to the role-change streams (roleChangeStreams.ts): a partner subgraph opens its stream with a POST to
 * ROLES_STREAM_PATH and its stream proof (partner-kit/subgraph/rolesStreamCheck.ts). Anyone else is refused with
 * 403 ROLE_LOOKUP_REFUSED and the reason.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, type JsonRouteHandler, type PlainResponse } from '../../../../common';
import { ROLES_STREAM_PROOF_HEADER, type RolesStreamCheck } from '../../../../partner-kit';
import { type RoleChangeStreams } from './roleChangeStreams';

function refused(error: unknown): PlainResponse {
  if (!(error instanceof GraphQLError)) throw error;
  const extensions = { code: ErrorCode.ROLE_LOOKUP_REFUSED, reason: error.extensions.reason };
  return { status: 403, body: JSON.stringify({ errors: [{ message: error.message, extensions }] }) };
}

export function createRolesStreamEndpoint(streams: RoleChangeStreams, checkProof: RolesStreamCheck): JsonRouteHandler {
  return async (req) => {
    const proof = req.headers[ROLES_STREAM_PROOF_HEADER];
    let partner: string;
    try {
      partner = checkProof(typeof proof === 'string' && proof !== '' ? proof : null);
    } catch (error) {
      return refused(error);
    }
    return {
      status: 200,
      body: '',
      contentType: 'application/x-ndjson',
      headers: { 'cache-control': 'no-store' },
      stream: (res) => void streams.open(partner, res),
    };
  };
}
