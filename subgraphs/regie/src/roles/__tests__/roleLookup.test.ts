import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { type Kysely } from 'kysely';
import { type Principal } from '../../../../../common';
import { subgraphTypeDefs } from '../../../../../partner-kit';
import { casePolicyOf, createCasePurpose } from '../../cases/casePurpose';
import { type RegieDatabase } from '../../store/schema';
import { createRoleLookup, type RoleLookupRequest } from '../roleLookup';

const OWN = '00000009200000000002';
const OTHER = '00000009300000000003';
const BSN = '111222333';

/** A store that only says it was reached: the rules below decide before any query, or let it through. */
const reached = new Error('reached the store');
const db = new Proxy(
  {},
  {
    get: () => () => {
      throw reached;
    },
  },
) as unknown as Kysely<RegieDatabase>;
const casePurpose = createCasePurpose(casePolicyOf(subgraphTypeDefs(join(__dirname, '..', '..', '..'))));
const lookUpRoles = createRoleLookup({ db, now: () => new Date(), casePurpose });

const principal = (extra: Partial<Principal> = {}): Principal => ({
  org: OWN,
  sub: 'u',
  activity: 'ketencoordinatie',
  staff: false,
  ...extra,
});

async function outcome(request: RoleLookupRequest): Promise<unknown> {
  try {
    await lookUpRoles(request);
    return 'ANSWERED';
  } catch (error) {
    if (error === reached) return 'ASKS THE STORE';
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
}

describe("regie's one role lookup (Query.rolesOf and /internal/roles alike)", () => {
  it.each([
    ['own organisation, a case-work activity', principal(), 'full', OWN, [BSN], 'ASKS THE STORE'],
    ['own organisation, with the role-lookup principal', principal(), 'roles', OWN, [BSN], 'ASKS THE STORE'],
    ['another organisation', principal(), 'full', OTHER, [BSN], 'FORBIDDEN'],
    ['staff, another organisation', principal({ staff: true }), 'full', OTHER, [BSN], 'ASKS THE STORE'],
    ['staff, another organisation, with the role-lookup principal', principal({ staff: true }), 'roles', OTHER, [BSN], 'FORBIDDEN'],
    ['a citizen', principal({ citizen: BSN }), 'full', OWN, [BSN], 'FORBIDDEN'],
    ['an activity the case policy does not serve', principal({ activity: 'fraude-onderzoek' }), 'roles', OWN, [BSN], 'NOT_DISCLOSED'],
    ['an invalid BSN', principal(), 'roles', OWN, ['123456789'], 'BAD_USER_INPUT'],
    ['more than 1000 clients', principal(), 'roles', OWN, Array.from({ length: 1001 }, () => BSN), 'BAD_USER_INPUT'],
  ] as const)('%s: %s', async (_label, asker, scope, org, bsns, expected) => {
    expect(await outcome({ principal: asker, scope, org, bsns })).toBe(expected);
  });
});
