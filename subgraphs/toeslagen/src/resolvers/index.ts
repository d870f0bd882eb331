/** Resolvers of the allowances office's subgraph: thin, every read through a loader. */
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
    toeslagen: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  ToeslagenRecord: {
    allowances: (record, _args, { loaders }) => loaders.allowances.load(record.bsn),
    recoveries: (record, _args, { loaders }) => loaders.recoveries.load(record.bsn),
  },
};
