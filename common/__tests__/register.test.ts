import { join } from 'node:path';
import { loadRegister, parseRegister } from '../register';

const valid = {
  id: 'schuldhulp-intake',
  version: 1,
  name: 'Intake',
  purpose: 'Help',
  legalBasis: 'Wgs art. 7a',
  dataCategories: ['FINANCIAL'],
  retentionDays: 30,
  confidential: false,
};

describe('the register of processing activities', () => {
  it('loads the committed register', () => {
    const register = loadRegister();
    expect(register.activities.length).toBeGreaterThanOrEqual(5);
    for (const id of ['schuldhulp-intake', 'bijstand-beoordeling', 'vroegsignalering', 'estafette-overdracht', 'ketencoordinatie']) {
      expect(register.byId.get(id)?.legalBasis).toBeTruthy();
    }
  });

  it.each([
    [{ ...valid, id: 'Has Spaces' }, /lower-case/],
    [{ ...valid, version: 0 }, /version/],
    [{ ...valid, legalBasis: '' }, /legalBasis/],
    [{ ...valid, dataCategories: ['GOSSIP'] }, /unknown data category/],
    [{ ...valid, retentionDays: -1 }, /retentionDays/],
    [{ ...valid, confidential: 'no' }, /confidential/],
  ])('refuses a malformed entry, naming it (%#)', (entry, message) => {
    expect(() => parseRegister({ activities: [entry] })).toThrow(message);
  });

  it('refuses a duplicate id', () => {
    expect(() => parseRegister({ activities: [valid, valid] })).toThrow(/listed twice/);
  });

  it('says where the file is when it cannot be read', () => {
    expect(() => loadRegister(join(__dirname, 'missing.json'))).toThrow(/missing\.json/);
  });
});
