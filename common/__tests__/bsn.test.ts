import { GraphQLError, Kind } from 'graphql';
import { assertBsn, BsnScalar, completeBsn, isValidBsn } from '../bsn';
import { demoBsns } from '../../partner-kit/seed/population';

describe('the eleven-test', () => {
  it.each([
    ['111222333', true, 'a known valid BSN'],
    ['123456782', true, 'another known valid BSN'],
    ['999990019', true, 'a BSN from the test range'],
    ['111222334', false, 'one digit off'],
    ['123456789', false, 'fails the check'],
    ['12345678', false, 'eight digits'],
    ['1234567820', false, 'ten digits'],
    ['000000000', false, 'all zeros (the sum is 0, which is divisible by 11, but not a BSN)'],
    ['12345678a', false, 'a letter'],
    [' 11122233', false, 'a space'],
    ['', false, 'empty'],
  ])('%s is %s (%s)', (bsn, expected) => {
    expect(isValidBsn(bsn)).toBe(expected);
  });

  it('completes an eight-digit prefix with the check digit, or says none exists', () => {
    expect(completeBsn('11122233')).toBe('111222333');
    // 9*1+8*1+7*1+6*1+5*1+4*1+3*1+2*9 = 60; 60 mod 11 = 5
    expect(completeBsn('11111119')).toBe('111111195');
    const none = Array.from({ length: 200 }, (_, i) => String(99900000 + i)).filter((p) => completeBsn(p) === null);
    expect(none.length).toBeGreaterThan(0);
    for (const prefix of none) {
      for (let digit = 0; digit <= 9; digit++) expect(isValidBsn(prefix + digit)).toBe(false);
    }
  });

  it('gives demo BSNs that are all valid, distinct and in the 999 test range', () => {
    const bsns = demoBsns(2000);
    expect(new Set(bsns).size).toBe(2000);
    for (const bsn of bsns) {
      expect(isValidBsn(bsn)).toBe(true);
      expect(bsn.startsWith('999')).toBe(true);
    }
  });
});

describe('the BSN scalar', () => {
  it('accepts a valid BSN as variable and literal', () => {
    expect(BsnScalar.parseValue('111222333')).toBe('111222333');
    expect(BsnScalar.parseLiteral({ kind: Kind.STRING, value: '111222333' })).toBe('111222333');
  });

  it.each([['111222334'], ['12345678'], ['000000000'], [111222333]])(
    'refuses %p with INVALID_BSN and does not echo the number',
    (value) => {
      let thrown: unknown;
      try {
        BsnScalar.parseValue(value);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GraphQLError);
      expect((thrown as GraphQLError).extensions.code).toBe('INVALID_BSN');
      expect((thrown as GraphQLError).message).not.toContain(String(value).slice(0, 6));
    },
  );

  it('refuses a number literal', () => {
    expect(() => BsnScalar.parseLiteral({ kind: Kind.INT, value: '111222333' })).toThrow(/eleven-test/);
  });

  it('assertBsn returns a valid BSN unchanged', () => {
    expect(assertBsn('123456782')).toBe('123456782');
  });
});

describe('the demo population', () => {
  it('holds more than the 999 range: 200,000 distinct valid BSNs, the first ones unchanged', () => {
    const bsns = demoBsns(200_000);
    expect(new Set(bsns).size).toBe(200_000);
    expect(bsns[0]).toBe('999000007');
    expect(bsns.every(isValidBsn)).toBe(true);
    expect(bsns[199_999]?.startsWith('99')).toBe(true);
  });
});
