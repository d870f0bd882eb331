/** Resolvers of the SVB's subgraph: thin, every read through a loader. */
import { answerInquiry, partnerScalars, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  ...partnerScalars,
  DisclosureInquiry: { __resolveReference: resolveClientReference, svb: answerInquiry },
  Client: {
    __resolveReference: resolveClientReference,
    svb: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  SvbRecord: {
    aow: (record, _args, { loaders }) => loaders.aow.load(record.bsn),
    childBenefit: (record, _args, { loaders }) => loaders.childBenefit.load(record.bsn),
  },
};
