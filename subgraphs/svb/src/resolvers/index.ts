/** Resolvers of the SVB's subgraph: thin, every read through a loader. */
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
    svb: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  SvbRecord: {
    aow: (record, _args, { loaders }) => loaders.aow.load(record.bsn),
    childBenefit: (record, _args, { loaders }) => loaders.childBenefit.load(record.bsn),
  },
};
