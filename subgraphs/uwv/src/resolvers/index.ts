/** Resolvers of UWV's subgraph: thin, every read through a loader. */
import { answerInquiry, partnerScalars, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  ...partnerScalars,
  DisclosureInquiry: { __resolveReference: resolveClientReference, uwv: answerInquiry },
  Client: {
    __resolveReference: resolveClientReference,
    uwv: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  UwvRecord: {
    benefits: (record, _args, { loaders }) => loaders.benefits.load(record.bsn),
    incomeRelations: (record, _args, { loaders }) => loaders.incomeRelations.load(record.bsn),
  },
  Benefit: {
    disabilityClass: (benefit, _args, { loaders }) => loaders.disabilityClass.load(benefit.id),
  },
};
