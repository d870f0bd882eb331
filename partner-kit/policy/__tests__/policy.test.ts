import { decideDisclosure } from '../disclosureChecker';
import { type DisclosurePolicy } from '../../../common';

const policy = (to: string[], forActivities: string[]): DisclosurePolicy => ({ to, for: forActivities, category: 'FINANCIAL', declaredOn: 'T' });

describe('the owner\'s disclosure decision', () => {
  it.each([
    ['an allowed role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['MAIN_CONTRACTOR'], 'yes'],
    ['another role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', false, ['SUBCONTRACTOR'], 'NO_ROLE'],
    ['no role', policy(['ANY_ROLE'], ['a']), 'a', false, [], 'NO_ROLE'],
    ['any role, having one', policy(['ANY_ROLE'], ['a']), 'a', false, ['CONTRIBUTOR'], 'yes'],
    ['the owner, without a role', policy(['MAIN_CONTRACTOR'], ['a']), 'a', true, [], 'yes'],
    ['the owner, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', true, [], 'PURPOSE'],
    ['a role, for another purpose', policy(['MAIN_CONTRACTOR'], ['a']), 'b', false, ['MAIN_CONTRACTOR'], 'PURPOSE'],
  ])('%s', (_label, p, activity, owner, roles, expected) => {
    const decision = decideDisclosure(p, activity, owner, new Set(roles));
    expect(decision.disclosed ? 'yes' : decision.reason).toBe(expected);
  });
});
