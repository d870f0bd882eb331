/** Acting as an organisation of the demo chain through the gateway: dev tokens per organisation, typed calls. */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type Kysely } from 'kysely';
import { DEMO_PARTNERS } from '../../subgraphs/partners';
import { seedCases } from '../../subgraphs/regie/src/store/caseSeed';
import { type RegieDatabase } from '../../subgraphs/regie/src/store/schema';
import { type ClientRegisterDatabase } from '../../partner-kit';
import { CaseDetailsDocument, OpenCaseDocument, type CaseStateFragment } from '../../client/__generated__/graphql';
import { execute, type GraphQLResponse } from './graphql';
import { type TestStack } from './stack';

export type Handle = 'regie' | 'gemeente' | 'uwv' | 'svb' | 'toeslagen' | 'woningcorporatie' | 'schuldhulp';

export function oinOf(handle: Handle): string {
  const partner = DEMO_PARTNERS.find((p) => p.handle === handle);
  if (!partner) throw new Error(`no demo partner ${handle}`);
  return partner.oin;
}

export interface ChainActor {
  org: string;
  run<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<GraphQLResponse<TData>>;
}

/** An actor of `handle`; `staff` gives an intermediary staff member (of the regie organisation). */
export async function actAs(stack: TestStack, handle: Handle, options: { staff?: boolean } = {}): Promise<ChainActor> {
  const token = await stack.token({ org: oinOf(handle), sub: `${handle}-user`, staff: options.staff ?? false });
  return {
    org: oinOf(handle),
    run: (document, variables) => execute(stack.gatewayUrl, document, variables, { token, activity: 'ketencoordinatie' }),
  };
}

/** Unwraps a successful mutation or query field, failing the test with the errors otherwise. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`expected data, got ${JSON.stringify(response.errors)}`);
  return response.data;
}

export async function openCase(
  actor: ChainActor,
  bsn: string,
  model: 'MAIN_CONTRACTOR' | 'RELAY' | 'DIRECTOR',
  director?: string,
): Promise<CaseStateFragment> {
  return expectData(await actor.run(OpenCaseDocument, { bsn, model, activity: 'ketencoordinatie', reason: 'intake', director })).openCase;
}

export async function caseState(staff: ChainActor, id: string) {
  const data = expectData(await staff.run(CaseDetailsDocument, { id }));
  if (!data.case) throw new Error(`case ${id} not found`);
  return data.case;
}

/**
 * Gives `handle` the lead role of the model in a new open case of each client, opened for `activity`, straight in
 * regie's store.
 */
export async function grantCases(
  stack: TestStack,
  handle: Handle,
  bsns: readonly string[],
  options: { model?: 'MAIN_CONTRACTOR' | 'RELAY' | 'DIRECTOR'; activity?: string } = {},
): Promise<string[]> {
  const db = stack.subgraphs.regie.store.db as unknown as Kysely<RegieDatabase>;
  return seedCases(
    db,
    bsns.map((bsn) => ({
      bsn,
      model: options.model ?? 'MAIN_CONTRACTOR',
      lead: oinOf(handle),
      activity: options.activity ?? 'schuldhulp-intake',
    })),
  );
}

/**
 * Makes the partner `handle` know these clients in its own store (its client register), as it would after an
 * intake of its own: what it needs before it may open a case for them.
 */
export async function knowClients(
  stack: TestStack,
  handle: Exclude<Handle, 'regie' | 'schuldhulp'>,
  bsns: readonly string[],
): Promise<void> {
  const db = stack.subgraphs[handle].store.db as unknown as Kysely<ClientRegisterDatabase>;
  await db
    .insertInto('client')
    .values(bsns.map((bsn) => ({ bsn, registered_on: '2026-01-01' })))
    .onConflict((oc) => oc.column('bsn').doNothing())
    .execute();
}
