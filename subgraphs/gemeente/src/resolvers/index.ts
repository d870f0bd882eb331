/** Resolvers of the municipality's subgraph: thin, every read through a loader. */
import { BsnScalar } from '../../../../common/bsn';
import { resolveClientReference } from '../../../../common/clientReference';
import { DateScalar, MoneyScalar } from '../../../../common/scalars';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  BSN: BsnScalar,
  Date: DateScalar,
  Money: MoneyScalar,
  Client: {
    __resolveReference: resolveClientReference,
    gemeente: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  GemeenteRecord: {
    socialAssistance: (record, _args, { loaders }) => loaders.socialAssistance.load(record.bsn),
    wmoSupport: (record, _args, { loaders }) => loaders.wmoSupport.load(record.bsn),
    debtHelp: (record, _args, { loaders }) => loaders.debtHelp.load(record.bsn),
  },
  WmoSupport: {
    healthLimitation: (support, _args, { loaders }) => loaders.healthLimitation.load(support.id),
  },
};
