/**
 * Code generation: resolver types for every subgraph (federation-aware), and the partners' typed client: typed
 * documents for the operations in client/operations/ (against the composed API schema) plus the persisted-operations
 * manifest (sha256 of each document → document) that the gateway serves in persisted-only mode. Output goes to
 * __generated__ folders, is committed, and `npm test` fails when it is stale.
 */
import { type CodegenConfig } from '@graphql-codegen/cli';
import { SUBGRAPH_NAMES } from './common/partners';

const scalars = {
  BSN: 'string',
  OIN: 'string',
  Date: 'string',
  DateTime: 'string',
  Money: 'number',
};

/** Maps GraphQL types to the models a subgraph's repository returns, when the two differ. */
const clientReference = '../../../../common/clientReference#ClientReference';
const mappers: Record<string, Record<string, string>> = {
  regie: {
    Client: clientReference,
    Partner: '../store/models#Partner as PartnerModel',
    Case: '../store/models#ChainCase',
    RoleAssignment: '../store/models#RoleAssignment as RoleAssignmentModel',
    CaseEvent: '../store/models#CaseEvent as CaseEventModel',
    HandoverProposal: '../store/models#HandoverProposal as HandoverProposalModel',
    ClientRoles: '../store/models#ClientRoles as ClientRolesModel',
  },
  gemeente: { Client: clientReference, GemeenteRecord: clientReference, WmoSupport: '../store/models#WmoSupport as WmoSupportModel' },
  uwv: { Client: clientReference, UwvRecord: clientReference, Benefit: '../store/models#Benefit as BenefitModel' },
  svb: { Client: clientReference, SvbRecord: clientReference },
  toeslagen: { Client: clientReference, ToeslagenRecord: clientReference },
  woningcorporatie: {
    Client: clientReference,
    WoningcorporatieRecord: clientReference,
    RentArrears: '../store/models#RentArrears as RentArrearsModel',
  },
};

const contextTypes: Record<string, string> = {
  regie: '../loaders#RegieContext',
  gemeente: '../loaders#GemeenteContext',
  uwv: '../loaders#UwvContext',
  svb: '../loaders#SvbContext',
  toeslagen: '../loaders#ToeslagenContext',
  woningcorporatie: '../loaders#WoningcorporatieContext',
};

const subgraphOutputs: CodegenConfig['generates'] = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [
    `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
    {
      schema: [`subgraphs/${name}/schema.graphql`, 'schema/disclose-v1.graphql', 'schema/processing-log.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        contextType: contextTypes[name],
        mappers: { DisclosureInquiry: clientReference, ...mappers[name] },
        scalars,
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraphOutputs,
    'client/__generated__/': {
      schema: 'schema/api.graphql',
      documents: ['client/operations/**/*.graphql'],
      preset: 'client',
      // Every document carries `__meta__.hash`; persisted-documents.json maps those hashes to the documents.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // On the wire Money is a decimal string (subgraphs keep cents only internally).
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ...scalars, Money: 'string' } },
    },
  },
  hooks: {},
};

export default config;
