/** The foundation's promise: one query through the real gateway returns a client's data from all six subgraphs. */
import { demoBsns } from '../partner-kit';
import { AssistanceAssessmentDocument, DossierDocument, PartnersDocument } from '../client/__generated__/graphql';
import { grantCases } from './support/chain';
import { execute } from './support/graphql';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

describe.each(STORE_KINDS)('the dossier through the gateway (%s)', (store) => {
  let stack: TestStack;
  const [demoBsn = ''] = demoBsns(1);

  beforeAll(async () => {
    // The demo data gives gemeente the lead of an open case for the demo client; here it leads cases for 40 more.
    stack = await startStack({ store, seedClients: 300 });
    await grantCases(stack, 'gemeente', demoBsns(41).slice(1));
  });
  afterAll(() => stack?.stop());

  it('returns the demo client with a section from every partner', async () => {
    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token: await stack.token() });
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const client = response.data?.client;
    expect(client?.bsn).toBe(demoBsn);
    expect(client?.gemeente?.socialAssistance?.status).toBe('GRANTED');
    expect(client?.gemeente?.socialAssistance?.normAmount).toMatch(/^\d+\.\d{2}$/);
    expect(client?.gemeente?.debtHelp?.status).toBe('STABILISATION');
    expect(client?.uwv?.benefits?.length).toBeGreaterThan(0);
    expect(client?.uwv?.incomeRelations?.length).toBeGreaterThan(0);
    expect(client?.svb?.aow?.accrualPercentage).toBeGreaterThan(0);
    expect(client?.svb?.childBenefit?.numberOfChildren).toBeGreaterThan(0);
    expect(client?.toeslagen?.allowances?.length).toBeGreaterThan(0);
    expect(client?.woningcorporatie?.tenancy?.address.city).toBeTruthy();
    expect(client?.woningcorporatie?.rentArrears?.collectionSteps?.length).toBe(2);
  });

  it('answers the same dossier twice with the same data (deterministic seed, no state between requests)', async () => {
    const token = await stack.token();
    const first = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token });
    const second = await execute(stack.gatewayUrl, DossierDocument, { bsn: demoBsn }, { token });
    expect(second.data).toEqual(first.data);
  });

  it('shows a section as null where a partner does not know the client', async () => {
    const token = await stack.token();
    const sections = ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const;
    const unknownSomewhere = new Set<string>();
    for (const bsn of demoBsns(40).slice(1)) {
      const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
      expect(response.errors).toBeUndefined();
      for (const section of sections) if (response.data?.client[section] === null) unknownSomewhere.add(section);
    }
    // Realistic overlap: each partner knows only part of the population.
    expect([...unknownSomewhere].sort()).toEqual([...sections].sort());
  });

  it('gives the lead of the case the special-category data its assessment needs', async () => {
    const response = await execute(
      stack.gatewayUrl,
      AssistanceAssessmentDocument,
      { bsn: demoBsn },
      { token: await stack.token(), activity: 'bijstand-beoordeling' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.client.gemeente?.wmoSupport?.[0]?.healthLimitation).toBeTruthy();
    expect(response.data?.client.uwv?.benefits?.some((b) => b.disabilityClass !== null)).toBe(true);
  });

  it('lists the partners of the chain from the intermediary', async () => {
    const response = await execute(stack.gatewayUrl, PartnersDocument, {}, { token: await stack.token() });
    expect(
      response.data?.partners
        .map((p) => p.subgraph)
        .filter(Boolean)
        .sort(),
    ).toEqual(['gemeente', 'regie', 'svb', 'toeslagen', 'uwv', 'woningcorporatie'].sort());
    for (const partner of response.data?.partners ?? []) expect(partner.oin).toMatch(/^\d{20}$/);
  });
});
