/** Resolvers of the partner registry, the client entry points and the entry to a citizen's inquiry. */
import { BsnScalar, DateTimeScalar, ErrorCode, ketenError, OinScalar } from '../../../../common';
import { answerInquiry, assertMayInquire, MAX_BATCH_SIZE, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const partnerResolvers: Resolvers = {
  BSN: BsnScalar,
  OIN: OinScalar,
  DateTime: DateTimeScalar,
  Query: {
    partners: (_root, _args, { loaders }) => loaders.allPartners(),
    partner: (_root, { oin }, { loaders }) => loaders.partner.load(oin),
    client: (_root, { bsn }) => ({ bsn }),
    clients: (_root, { bsns }) => {
      if (bsns.length > MAX_BATCH_SIZE) {
        throw ketenError(ErrorCode.BAD_USER_INPUT, `Ask for at most ${MAX_BATCH_SIZE} clients at once; split the list.`);
      }
      return bsns.map((bsn) => ({ bsn }));
    },
    // Refused here, before any partner is asked, when the caller may not inquire about this BSN.
    disclosureInquiry: (_root, { bsn }, { principal }) => {
      assertMayInquire(principal, bsn);
      return { bsn };
    },
  },
  DisclosureInquiry: {
    __resolveReference: resolveClientReference,
    regie: answerInquiry,
  },
  Client: {
    __resolveReference: resolveClientReference,
  },
  Partner: {
    __resolveReference: (reference, { loaders }) => loaders.partner.load(reference.oin),
  },
};
