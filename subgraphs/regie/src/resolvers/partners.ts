/** Resolvers of the partner registry and the client entry points. */
import { BsnScalar } from '../../../../common/bsn';
import { resolveClientReference } from '../../../../common/clientReference';
import { ErrorCode, ketenError } from '../../../../common/errors';
import { MAX_BATCH_SIZE } from '../../../../common/loaders';
import { DateTimeScalar, OinScalar } from '../../../../common/scalars';
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
  },
  Client: {
    __resolveReference: resolveClientReference,
  },
  Partner: {
    __resolveReference: (reference, { loaders }) => loaders.partner.load(reference.oin),
  },
};
