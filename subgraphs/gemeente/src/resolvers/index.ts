/** Resolvers of the municipality's subgraph: thin, every read through a loader. */
import { answerInquiry, partnerScalars, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  ...partnerScalars,
  DisclosureInquiry: { __resolveReference: resolveClientReference, gemeente: answerInquiry },
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
