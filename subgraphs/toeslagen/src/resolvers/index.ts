/** Resolvers of the allowances office's subgraph: thin, every read through a loader. */
import { resolveClientReference } from '../../../../common/clientReference';
import { answerInquiry } from '../../../../common/subgraph/inquiryResolver';
import { partnerScalars } from '../../../../common/subgraph/partnerScalars';
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
