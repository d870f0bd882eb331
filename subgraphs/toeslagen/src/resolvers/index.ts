/** Resolvers of the allowances office's subgraph: thin, every read through a loader. */
import { answerInquiry, partnerScalars, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  ...partnerScalars,
  DisclosureInquiry: { __resolveReference: resolveClientReference, toeslagen: answerInquiry },
  Client: {
    __resolveReference: resolveClientReference,
    toeslagen: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  ToeslagenRecord: {
    allowances: (record, _args, { loaders }) => loaders.allowances.load(record.bsn),
    recoveries: (record, _args, { loaders }) => loaders.recoveries.load(record.bsn),
  },
};
