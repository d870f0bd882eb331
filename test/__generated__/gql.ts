/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ClientBsn($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n  }\n}": typeof types.ClientBsnDocument,
    "query ClientsOverview($bsns: [BSN!]!) {\n  clients(bsns: $bsns) {\n    bsn\n    gemeente {\n      debtHelp {\n        status\n        totalDebt\n      }\n    }\n    uwv {\n      benefits {\n        type\n        monthlyAmount\n      }\n    }\n    svb {\n      aow {\n        monthlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n      }\n    }\n    woningcorporatie {\n      rentArrears {\n        amount\n        collectionSteps {\n          step\n        }\n      }\n    }\n  }\n}": typeof types.ClientsOverviewDocument,
    "query Dossier($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n    gemeente {\n      socialAssistance {\n        status\n        startDate\n        endDate\n        normAmount\n        household\n      }\n      wmoSupport {\n        type\n        startDate\n        endDate\n        healthLimitation\n      }\n      debtHelp {\n        status\n        startDate\n        totalDebt\n        creditorCount\n      }\n    }\n    uwv {\n      benefits {\n        type\n        startDate\n        endDate\n        monthlyAmount\n        disabilityClass\n      }\n      incomeRelations {\n        employer\n        startDate\n        endDate\n        monthlyWage\n        hoursPerWeek\n      }\n    }\n    svb {\n      aow {\n        startDate\n        monthlyAmount\n        accrualPercentage\n      }\n      childBenefit {\n        numberOfChildren\n        quarterlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n        monthlyAdvance\n      }\n      recoveries {\n        allowanceKind\n        year\n        originalAmount\n        amountOutstanding\n        paymentArrangement\n      }\n    }\n    woningcorporatie {\n      tenancy {\n        address {\n          street\n          houseNumber\n          postalCode\n          city\n        }\n        startDate\n        monthlyRent\n      }\n      rentArrears {\n        amount\n        months\n        collectionSteps {\n          step\n          date\n        }\n      }\n    }\n  }\n}": typeof types.DossierDocument,
    "query Partners {\n  partners {\n    oin\n    name\n    kind\n    subgraph\n  }\n}": typeof types.PartnersDocument,
};
const documents: Documents = {
    "query ClientBsn($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n  }\n}": types.ClientBsnDocument,
    "query ClientsOverview($bsns: [BSN!]!) {\n  clients(bsns: $bsns) {\n    bsn\n    gemeente {\n      debtHelp {\n        status\n        totalDebt\n      }\n    }\n    uwv {\n      benefits {\n        type\n        monthlyAmount\n      }\n    }\n    svb {\n      aow {\n        monthlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n      }\n    }\n    woningcorporatie {\n      rentArrears {\n        amount\n        collectionSteps {\n          step\n        }\n      }\n    }\n  }\n}": types.ClientsOverviewDocument,
    "query Dossier($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n    gemeente {\n      socialAssistance {\n        status\n        startDate\n        endDate\n        normAmount\n        household\n      }\n      wmoSupport {\n        type\n        startDate\n        endDate\n        healthLimitation\n      }\n      debtHelp {\n        status\n        startDate\n        totalDebt\n        creditorCount\n      }\n    }\n    uwv {\n      benefits {\n        type\n        startDate\n        endDate\n        monthlyAmount\n        disabilityClass\n      }\n      incomeRelations {\n        employer\n        startDate\n        endDate\n        monthlyWage\n        hoursPerWeek\n      }\n    }\n    svb {\n      aow {\n        startDate\n        monthlyAmount\n        accrualPercentage\n      }\n      childBenefit {\n        numberOfChildren\n        quarterlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n        monthlyAdvance\n      }\n      recoveries {\n        allowanceKind\n        year\n        originalAmount\n        amountOutstanding\n        paymentArrangement\n      }\n    }\n    woningcorporatie {\n      tenancy {\n        address {\n          street\n          houseNumber\n          postalCode\n          city\n        }\n        startDate\n        monthlyRent\n      }\n      rentArrears {\n        amount\n        months\n        collectionSteps {\n          step\n          date\n        }\n      }\n    }\n  }\n}": types.DossierDocument,
    "query Partners {\n  partners {\n    oin\n    name\n    kind\n    subgraph\n  }\n}": types.PartnersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientBsn($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n  }\n}"): (typeof documents)["query ClientBsn($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsOverview($bsns: [BSN!]!) {\n  clients(bsns: $bsns) {\n    bsn\n    gemeente {\n      debtHelp {\n        status\n        totalDebt\n      }\n    }\n    uwv {\n      benefits {\n        type\n        monthlyAmount\n      }\n    }\n    svb {\n      aow {\n        monthlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n      }\n    }\n    woningcorporatie {\n      rentArrears {\n        amount\n        collectionSteps {\n          step\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ClientsOverview($bsns: [BSN!]!) {\n  clients(bsns: $bsns) {\n    bsn\n    gemeente {\n      debtHelp {\n        status\n        totalDebt\n      }\n    }\n    uwv {\n      benefits {\n        type\n        monthlyAmount\n      }\n    }\n    svb {\n      aow {\n        monthlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n      }\n    }\n    woningcorporatie {\n      rentArrears {\n        amount\n        collectionSteps {\n          step\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dossier($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n    gemeente {\n      socialAssistance {\n        status\n        startDate\n        endDate\n        normAmount\n        household\n      }\n      wmoSupport {\n        type\n        startDate\n        endDate\n        healthLimitation\n      }\n      debtHelp {\n        status\n        startDate\n        totalDebt\n        creditorCount\n      }\n    }\n    uwv {\n      benefits {\n        type\n        startDate\n        endDate\n        monthlyAmount\n        disabilityClass\n      }\n      incomeRelations {\n        employer\n        startDate\n        endDate\n        monthlyWage\n        hoursPerWeek\n      }\n    }\n    svb {\n      aow {\n        startDate\n        monthlyAmount\n        accrualPercentage\n      }\n      childBenefit {\n        numberOfChildren\n        quarterlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n        monthlyAdvance\n      }\n      recoveries {\n        allowanceKind\n        year\n        originalAmount\n        amountOutstanding\n        paymentArrangement\n      }\n    }\n    woningcorporatie {\n      tenancy {\n        address {\n          street\n          houseNumber\n          postalCode\n          city\n        }\n        startDate\n        monthlyRent\n      }\n      rentArrears {\n        amount\n        months\n        collectionSteps {\n          step\n          date\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Dossier($bsn: BSN!) {\n  client(bsn: $bsn) {\n    bsn\n    gemeente {\n      socialAssistance {\n        status\n        startDate\n        endDate\n        normAmount\n        household\n      }\n      wmoSupport {\n        type\n        startDate\n        endDate\n        healthLimitation\n      }\n      debtHelp {\n        status\n        startDate\n        totalDebt\n        creditorCount\n      }\n    }\n    uwv {\n      benefits {\n        type\n        startDate\n        endDate\n        monthlyAmount\n        disabilityClass\n      }\n      incomeRelations {\n        employer\n        startDate\n        endDate\n        monthlyWage\n        hoursPerWeek\n      }\n    }\n    svb {\n      aow {\n        startDate\n        monthlyAmount\n        accrualPercentage\n      }\n      childBenefit {\n        numberOfChildren\n        quarterlyAmount\n      }\n    }\n    toeslagen {\n      allowances {\n        kind\n        year\n        monthlyAdvance\n      }\n      recoveries {\n        allowanceKind\n        year\n        originalAmount\n        amountOutstanding\n        paymentArrangement\n      }\n    }\n    woningcorporatie {\n      tenancy {\n        address {\n          street\n          houseNumber\n          postalCode\n          city\n        }\n        startDate\n        monthlyRent\n      }\n      rentArrears {\n        amount\n        months\n        collectionSteps {\n          step\n          date\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partners {\n  partners {\n    oin\n    name\n    kind\n    subgraph\n  }\n}"): (typeof documents)["query Partners {\n  partners {\n    oin\n    name\n    kind\n    subgraph\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;