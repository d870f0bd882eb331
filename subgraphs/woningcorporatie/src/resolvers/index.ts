/** Resolvers of the housing corporation's subgraph: thin, every read through a loader. */
import { answerInquiry, partnerScalars, resolveClientReference } from '../../../../partner-kit';
import { type Resolvers } from '../__generated__/resolvers-types';

export const resolvers: Resolvers = {
  ...partnerScalars,
  DisclosureInquiry: { __resolveReference: resolveClientReference, woningcorporatie: answerInquiry },
  Client: {
    __resolveReference: resolveClientReference,
    woningcorporatie: (client, _args, { loaders }) => loaders.record.load(client.bsn),
  },
  WoningcorporatieRecord: {
    tenancy: (record, _args, { loaders }) => loaders.tenancy.load(record.bsn),
    rentArrears: (record, _args, { loaders }) => loaders.rentArrears.load(record.bsn),
  },
  RentArrears: {
    collectionSteps: (arrears, _args, { loaders }) => loaders.collectionSteps.load(arrears.bsn),
  },
};
