/**
 * The intermediary's check of who opens a role-change stream: a registered partner subgraph, with a stream proof
 * signed by its own key (its public key from the partner registry), once (its `jti`), within its short lifetime.
 * Anything else is refused with ROLE_LOOKUP_REFUSED and a reason (the stream is part of the role lookup), and
 * logged with the partner named, never a BSN.
 */
import { type GraphQLError } from 'graphql';
import { ErrorCode, ketenError, loggerFor } from '../../common';
import { claimedStreamPartner, verifyRolesStreamProof } from '../policy/rolesStreamProtocol';
import { ReplayGuard } from './replayGuard';
import { type RoleLookupPartners } from './rolesPrincipalCheck';

export type RolesStreamRefusalReason = 'NO_PROOF' | 'UNKNOWN_PARTNER' | 'BAD_PROOF' | 'REPLAYED' | 'BUSY';

const WHY: Record<RolesStreamRefusalReason, string> = {
  NO_PROOF: 'the partner did not prove who it is',
  UNKNOWN_PARTNER: 'the partner has no key in the partner registry',
  BAD_PROOF: 'the stream proof is not valid',
  REPLAYED: 'the stream proof has been used before',
  BUSY: 'too many streams are being opened',
};

const MAX_LIVE_PROOFS = 10_000;

/** Returns the partner subgraph that opens the stream, or throws ROLE_LOOKUP_REFUSED. */
export type RolesStreamCheck = (proof: string | null, now?: number) => string;

export function createRolesStreamCheck(partners: RoleLookupPartners): RolesStreamCheck {
  const used = new ReplayGuard(MAX_LIVE_PROOFS);
  return (proof, now = Date.now()) => {
    if (proof === null) throw refusal('NO_PROOF', null);
    const partner = claimedStreamPartner(proof);
    const key = partner === null ? undefined : partners.keyOf(partner);
    if (partner === null || key === undefined) throw refusal('UNKNOWN_PARTNER', partner);
    const verified = verifyRolesStreamProof(proof, partner, key, now);
    if (!verified) throw refusal('BAD_PROOF', partner);
    const use = used.use(verified.id, verified.usableUntil, now);
    if (use !== 'FIRST') throw refusal(use === 'REPLAYED' ? 'REPLAYED' : 'BUSY', partner);
    return partner;
  };
}

function refusal(reason: RolesStreamRefusalReason, partner: string | null): GraphQLError {
  loggerFor('roles-stream').warn({ reason, partner }, 'role-change stream refused');
  return ketenError(ErrorCode.ROLE_LOOKUP_REFUSED, `The role-change stream was refused: ${WHY[reason]}.`, {
    withHttpStatus: true,
    details: { reason },
  });
}
