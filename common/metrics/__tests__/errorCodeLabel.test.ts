/** The `code` label takes only codes the gateway or Apollo Server define: a partner's or caller's text becomes OTHER. */
import { answerCodeLabel, codeLabel } from '../errorCodeLabel';

describe('the code label', () => {
  it("keeps our codes and Apollo Server's", () => {
    expect(codeLabel('NOT_DISCLOSED')).toBe('NOT_DISCLOSED');
    expect(codeLabel('GRAPHQL_VALIDATION_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('turns anything else into OTHER', () => {
    expect(codeLabel('999000007')).toBe('OTHER');
    expect(codeLabel('SOME_PARTNER_CODE')).toBe('OTHER');
    expect(codeLabel(undefined)).toBe('OTHER');
    expect(codeLabel({ code: 'NOT_DISCLOSED' })).toBe('OTHER');
  });

  it('names an answer by its first error, or OK', () => {
    expect(answerCodeLabel(undefined)).toBe('OK');
    expect(answerCodeLabel([])).toBe('OK');
    expect(answerCodeLabel([{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'NOT_DISCLOSED' } }])).toBe('FORBIDDEN');
    expect(answerCodeLabel([{}])).toBe('OTHER');
  });
});
