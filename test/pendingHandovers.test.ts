/**
 * `pendingHandovers` through the gateway: an organisation sees exactly the open relay cases offered to it whose offer
 * has not expired (not one that expired, was rejected or accepted, or whose case was closed, nor one offered to
 * another organisation), soonest expiry first and bounded; staff see every pending handover; and regie refuses the list
 * by itself under an activity its case policy excludes.
 */
import { type GraphQLFormattedError } from 'graphql';
import { demoBsns } from '../partner-kit';
import { PRINCIPAL_HEADER } from '../common';
import {
  AcceptHandoverDocument,
  CloseCaseDocument,
  PendingHandoversDocument,
  ProposeHandoverDocument,
  RejectHandoverDocument,
} from '../client/__generated__/graphql';
import { actAs, expectData, knowClients, oinOf, openCase, type ChainActor } from './support/chain';
import { errorCodes, postGraphQL } from './support/graphql';
import { gatewayPrincipal, startStack, STORE_KINDS, type TestStack } from './support/stack';

const HANDOVER_EXPIRY_SECONDS = 60;
/** How far the test has moved regie's clock past the wall clock. */
const clock = { offsetMs: 0 };
const regieNow = () => new Date(Date.now() + clock.offsetMs);

describe.each(STORE_KINDS)('the handovers waiting for an organisation (%s)', (store) => {
  let stack: TestStack;
  let staff: ChainActor;
  let gemeente: ChainActor;
  let uwv: ChainActor;
  let svb: ChainActor;
  let toeslagen: ChainActor;
  const bsns = demoBsns(8);
  const ids = { expired: '', rejected: '', accepted: '', closed: '', first: '', second: '', toSvb: '' };

  /** gemeente opens a relay case for the i-th client and offers it to `to`; returns the case's id and version. */
  async function offer(index: number, to: ChainActor): Promise<{ id: string; version: number }> {
    const opened = await openCase(gemeente, bsns[index] ?? '', 'RELAY');
    const proposed = expectData(
      await gemeente.run(ProposeHandoverDocument, { caseId: opened.id, toOrg: to.org, reason: `overdracht ${index}`, expectedVersion: 1 }),
    );
    return { id: opened.id, version: proposed.proposeHandover.version };
  }

  async function waitingFor(actor: ChainActor, first?: number): Promise<string[]> {
    return expectData(await actor.run(PendingHandoversDocument, { first })).pendingHandovers.map((c) => c.id);
  }

  beforeAll(async () => {
    stack = await startStack({ store, seedClients: 8, regie: { handoverExpirySeconds: HANDOVER_EXPIRY_SECONDS, now: regieNow } });
    await knowClients(stack, 'gemeente', bsns);
    staff = await actAs(stack, 'regie', { staff: true });
    gemeente = await actAs(stack, 'gemeente');
    uwv = await actAs(stack, 'uwv');
    svb = await actAs(stack, 'svb');
    toeslagen = await actAs(stack, 'toeslagen');

    ids.expired = (await offer(0, uwv)).id;
    clock.offsetMs += (HANDOVER_EXPIRY_SECONDS + 1) * 1000;
    const rejected = await offer(1, uwv);
    ids.rejected = expectData(
      await uwv.run(RejectHandoverDocument, { caseId: rejected.id, reason: 'geen capaciteit', expectedVersion: rejected.version }),
    ).rejectHandover.id;
    const accepted = await offer(2, uwv);
    ids.accepted = expectData(
      await uwv.run(AcceptHandoverDocument, { caseId: accepted.id, expectedVersion: accepted.version }),
    ).acceptHandover.id;
    const closed = await offer(3, uwv);
    ids.closed = expectData(
      await gemeente.run(CloseCaseDocument, { caseId: closed.id, reason: 'afgerond', expectedVersion: closed.version }),
    ).closeCase.id;
    ids.first = (await offer(4, uwv)).id;
    clock.offsetMs += 1000;
    ids.second = (await offer(5, uwv)).id;
    ids.toSvb = (await offer(6, svb)).id;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('lists exactly the open, unexpired handovers offered to the caller, soonest expiry first', async () => {
    expect(await waitingFor(uwv)).toEqual([ids.first, ids.second]);
    expect(await waitingFor(svb)).toEqual([ids.toSvb]);
    // Not the offerer's, nor anyone else's.
    expect(await waitingFor(gemeente)).toEqual([]);
    expect(await waitingFor(toeslagen)).toEqual([]);
  });

  it('answers each with the case, its client and the offer, and bounds the list to 1..100', async () => {
    const [waiting] = expectData(await uwv.run(PendingHandoversDocument, { first: 1 })).pendingHandovers;
    expect(waiting).toMatchObject({
      id: ids.first,
      status: 'OPEN',
      client: { bsn: bsns[4] },
      lead: { organisation: { oin: gemeente.org } },
    });
    expect(waiting?.pendingHandover).toMatchObject({ to: { oin: uwv.org }, reason: 'overdracht 4' });
    expect(errorCodes(await uwv.run(PendingHandoversDocument, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await uwv.run(PendingHandoversDocument, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows staff every pending handover in the chain, and nothing that lapsed', async () => {
    const all = await waitingFor(staff);
    expect(new Set(all)).toEqual(new Set([ids.first, ids.second, ids.toSvb]));
    for (const lapsed of [ids.expired, ids.rejected, ids.accepted, ids.closed]) expect(all).not.toContain(lapsed);
  });

  it('is refused at regie itself under an activity the case policy excludes', async () => {
    const principal = await gatewayPrincipal(stack, 'regie', { org: oinOf('uwv'), activity: 'fraude-onderzoek' });
    const response = await postGraphQL<{ pendingHandovers: unknown }>(
      stack.subgraphs.regie.url,
      { query: '{ pendingHandovers { id } }' },
      { headers: { [PRINCIPAL_HEADER]: principal } },
    );
    expect(response.data ?? null).toBeNull();
    const refusals = (response.errors ?? []).map((e: GraphQLFormattedError) => ({
      code: e.extensions?.code,
      reason: e.extensions?.reason,
      path: e.path,
    }));
    expect(refusals).toEqual([{ code: 'NOT_DISCLOSED', reason: 'PURPOSE', path: ['pendingHandovers'] }]);
  });
});
