/**
 * Counts a document's lexical tokens without parsing it, and stops once past the limit, so an oversized document
 * costs no more than the limit to refuse. Lexing errors are left to the parser, which reports them properly.
 */
import { Lexer, Source, TokenKind } from 'graphql';
import { type LimitViolation } from './limitReason';

export function tokenLimitViolation(query: string, maxTokens: number): LimitViolation | undefined {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > maxTokens) return { reason: 'TOKENS', message: `The document has more than ${maxTokens} tokens.` };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
