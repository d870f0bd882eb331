import { centsToEuroString, euroStringToCents, MoneyScalar, assertIsoDate, isValidOin } from '../scalars';

describe('money', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [132_000, '1320.00'],
    [-12_345, '-123.45'],
  ])('%i cents is shown as %s and read back', (cents, text) => {
    expect(centsToEuroString(cents)).toBe(text);
    expect(euroStringToCents(text)).toBe(cents);
  });

  it('refuses amounts with more than two decimals or in another form', () => {
    for (const bad of ['1.234', '1,50', 'EUR 5', '', 12]) expect(() => MoneyScalar.parseValue(bad)).toThrow(/decimal string/);
  });
});

describe('dates and OINs', () => {
  it('accepts ISO dates only', () => {
    expect(assertIsoDate('2026-01-31')).toBe('2026-01-31');
    expect(() => assertIsoDate('31-01-2026')).toThrow(/YYYY-MM-DD/);
  });

  it('knows an OIN has twenty digits', () => {
    expect(isValidOin('00000009200000000002')).toBe(true);
    expect(isValidOin('0000000920000000000')).toBe(false);
  });
});
