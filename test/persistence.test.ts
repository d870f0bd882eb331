/** Each subgraph's store survives a restart: the same data comes back, and the seed does not run twice. */
import { demoBsns } from '../partner-kit';
import { DossierDocument } from '../client/__generated__/graphql';
import { grantCases } from './support/chain';
import { execute } from './support/graphql';
import { startStack, STORE_KINDS } from './support/stack';

describe.each(STORE_KINDS)('persistence (%s)', (store) => {
  it('serves the same dossier after every subgraph and the gateway restart on the same stores', async () => {
    const bsns = demoBsns(5);
    const first = await startStack({ store, seedClients: 50 });
    await grantCases(first, 'gemeente', bsns.slice(1));
    const token = await first.token();
    const before = await Promise.all(bsns.map((bsn) => execute(first.gatewayUrl, DossierDocument, { bsn }, { token })));
    await first.stop({ keepData: true });

    const second = await startStack({ reuse: first.storage, seedClients: 50 });
    try {
      const after = await Promise.all(
        bsns.map(async (bsn) => execute(second.gatewayUrl, DossierDocument, { bsn }, { token: await second.token() })),
      );
      expect(after.map((r) => r.data)).toEqual(before.map((r) => r.data));
      expect(after.every((r) => r.errors === undefined)).toBe(true);
      expect(after.filter((r) => r.data?.client.uwv?.benefits).length).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
  });
});
