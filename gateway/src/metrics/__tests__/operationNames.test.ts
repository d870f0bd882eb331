/** Operation names become a label only when the persisted manifest has them; any other name a caller sends is `other`. */
import { documentHash } from '../../persisted/manifest';
import { operationLabel, operationNamesOf } from '../operationNames';

const DOSSIER = 'query Dossier($bsn: BSN!) { client(bsn: $bsn) { bsn } }';
const TWO = 'query First { __typename } mutation Second { __typename } query { __typename }';

describe('the operation label', () => {
  const known = operationNamesOf(new Map([DOSSIER, TWO].map((document) => [documentHash(document), document])));

  it("takes the names of the manifest's operations", () => {
    expect([...known].sort()).toEqual(['Dossier', 'First', 'Second']);
    expect(operationLabel(known, 'Dossier')).toBe('Dossier');
  });

  it('counts any other name, and none, as other', () => {
    expect(operationLabel(known, 'Dossier999000007')).toBe('other');
    expect(operationLabel(known, null)).toBe('other');
    expect(operationLabel(known, undefined)).toBe('other');
  });
});
