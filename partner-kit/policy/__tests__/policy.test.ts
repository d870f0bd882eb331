import { decideDisclosure } from '../disclosureChecker';
import { type DataCategory, type DisclosurePolicy } from '../../../common';

const policy = (to: string[], forActivities: string[], category: DataCategory = 'FINANCIAL'): DisclosurePolicy => ({
  to,
  for: forActivities,
  category,
  declaredOn: 'T',
});

describe("the owner's disclosure decision", () => {
  it.each([
    ['an allowed role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['MAIN_CONTRACTOR'], [], 'yes'],
    ['another role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['SUBCONTRACTOR'], [], 'NO_ROLE'],
    ['no role', policy(['ANY_ROLE'], ['a']), 'a', false, [], [], 'NO_ROLE'],
    ['any role, having one', policy(['ANY_ROLE'], ['a']), 'a', false, ['CONTRIBUTOR'], [], 'yes'],
    ['the owner, without a role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', true, [], [], 'yes'],
    ['the owner, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', true, [], [], 'PURPOSE'],
    ['a role, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', false, ['MAIN_CONTRACTOR'], [], 'PURPOSE'],
    [
      'health data, an unconfirmed role',
      policy(['MAIN_CONTRACTOR'], ['a'], 'SPECIAL_HEALTH'),
      'a',
      false,
      ['MAIN_CONTRACTOR'],
      [],
      'UNCONFIRMED_ROLE',
    ],
    [
      'health data, a confirmed role',
      policy(['MAIN_CONTRACTOR'], ['a'], 'SPECIAL_HEALTH'),
      'a',
      false,
      ['MAIN_CONTRACTOR'],
      ['MAIN_CONTRACTOR'],
      'yes',
    ],
    [
      'criminal data, another role confirmed',
      policy(['MAIN_CONTRACTOR'], ['a'], 'CRIMINAL'),
      'a',
      false,
      ['MAIN_CONTRACTOR', 'SUBCONTRACTOR'],
      ['SUBCONTRACTOR'],
      'UNCONFIRMED_ROLE',
    ],
    ['health data, no role at all', policy(['MAIN_CONTRACTOR'], ['a'], 'SPECIAL_HEALTH'), 'a', false, [], [], 'NO_ROLE'],
    ['health data, the owner', policy(['MAIN_CONTRACTOR'], ['a'], 'SPECIAL_HEALTH'), 'a', true, [], [], 'yes'],
  ])('%s', (_label, p, activity, owner, roles, confirmed, expected) => {
    const decision = decideDisclosure(p, activity, owner, { roles: new Set(roles), confirmed: new Set(confirmed) });
    expect(decision.disclosed ? 'yes' : decision.reason).toBe(expected);
  });
});
