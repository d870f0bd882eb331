/** The claims ketenregie reads from a user's token, and their validation. */
import { type JWTPayload } from 'jose';
import { isValidBsn, isValidOin } from '../../../common';

export interface UserClaims {
  /** Pseudonymous user id. */
  sub: string;
  /** OIN of the organisation the user acts for. */
  org: string;
  /** Processing activities the user may perform. */
  activities: string[];
  /** Staff of the intermediary. */
  staff: boolean;
  /** For a citizen acting for themselves (e.g. signed in with DigiD at the intermediary's portal): their own BSN. */
  citizen?: string;
}

/** Returns the claims, or a sentence saying which claim is wrong. */
export function readUserClaims(payload: JWTPayload): UserClaims | string {
  const { sub, org, activities, staff, bsn } = payload;
  if (typeof sub !== 'string' || sub === '') return 'the token has no subject (sub)';
  if (typeof org !== 'string' || !isValidOin(org)) return 'the token\'s "org" claim must be a 20-digit OIN';
  if (!Array.isArray(activities) || !activities.every((a): a is string => typeof a === 'string')) {
    return 'the token\'s "activities" claim must be a list of processing-activity ids';
  }
  if (staff !== undefined && typeof staff !== 'boolean') return 'the token\'s "staff" claim must be true or false';
  if (bsn !== undefined && (typeof bsn !== 'string' || !isValidBsn(bsn))) return 'the token\'s "bsn" claim must be a valid BSN';
  if (bsn !== undefined && staff === true) return "a citizen's token cannot also carry staff rights";
  return { sub, org, activities, staff: staff === true, ...(bsn !== undefined ? { citizen: bsn } : {}) };
}
