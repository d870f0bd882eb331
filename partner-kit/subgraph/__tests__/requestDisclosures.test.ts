import { generateKeyPairJwk, importKey } from '../../../common/keys';
import { signRolesPrincipal } from '../../../common/principal';
import { MAX_ROLES_LOOKUP_MS, rolesLookupTimeoutMs } from '../requestDisclosures';

const principal = { org: '00000009200000000002', sub: 'user-1', activity: 'schuldhulp-intake', staff: false };

describe("a partner's wait for regie's role lookup", () => {
  it("ends before the gateway's wait for the partner (the principal's lifetime) ends, with time left to answer", async () => {
    const key = await importKey((await generateKeyPairJwk('gateway')).privateJwk);
    for (const issued of [1_800_000_000_000, 1_800_000_000_001, 1_800_000_000_999]) {
      for (const lifetimeMs of [3_000, 4_000]) {
        const token = signRolesPrincipal(principal, key, { partner: 'uwv', requestId: 'fetch-1', lifetimeMs }, issued);
        const received = issued + 20;
        const waited = rolesLookupTimeoutMs(token, received);
        // The gateway stops waiting at issued + lifetimeMs; the lookup ends at received + waited.
        expect(received + waited).toBeLessThanOrEqual(issued + lifetimeMs - 250);
        expect(waited).toBeGreaterThanOrEqual(lifetimeMs - 1_000 - 250 - 20);
      }
    }
  });

  it('waits no longer than MAX_ROLES_LOOKUP_MS, whatever the principal says, and not at all once it has expired', async () => {
    const key = await importKey((await generateKeyPairJwk('gateway')).privateJwk);
    const now = 1_800_000_000_000;
    const long = signRolesPrincipal(principal, key, { partner: 'uwv', requestId: 'f', lifetimeMs: 60_000 }, now);
    expect(rolesLookupTimeoutMs(long, now)).toBe(MAX_ROLES_LOOKUP_MS);
    expect(rolesLookupTimeoutMs(long, now + 120_000)).toBe(0);
    expect(rolesLookupTimeoutMs(null, now)).toBe(MAX_ROLES_LOOKUP_MS);
    expect(rolesLookupTimeoutMs('not.a-token', now)).toBe(MAX_ROLES_LOOKUP_MS);
  });
});
