/** The organisation a request acts for at regie; a citizen (signed in through the intermediary's portal) never acts for one. */
import { ErrorCode, ketenError, type Principal } from '../../../../common';

export function organisationOf(principal: Principal): string {
  if (principal.citizen !== undefined)
    throw ketenError(ErrorCode.FORBIDDEN, 'A citizen cannot see or change cases of the chain; ask for the inquiry instead.');
  return principal.org;
}
