/**
 * The citizen service number (burgerservicenummer, BSN): nine digits that pass the eleven-test.
 * Weights 9..2 for the first eight digits and -1 for the last; the sum must be divisible by 11 and not zero.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode, ketenError } from './errors';

const NINE_DIGITS = /^\d{9}$/;

export function isValidBsn(value: string): boolean {
  if (!NINE_DIGITS.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum !== 0 && sum % 11 === 0;
}

/**
 * Completes an eight-digit prefix to a valid BSN, or returns null when no ninth digit passes the eleven-test
 * (the remainder would have to be 10). Used by the demo-data generator.
 */
export function completeBsn(prefix: string): string | null {
  if (!/^\d{8}$/.test(prefix)) throw new TypeError(`completeBsn expects eight digits, got ${JSON.stringify(prefix)}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(prefix[i]);
  const checkDigit = sum % 11;
  if (checkDigit === 10) return null;
  const bsn = prefix + String(checkDigit);
  return isValidBsn(bsn) ? bsn : null;
}

function invalidBsn(value: unknown, endsRequest: boolean) {
  // Only the last three characters are shown, to help find a typo without putting a citizen's number in a log.
  const shown = typeof value === 'string' ? `"${'•'.repeat(Math.min(Math.max(value.length - 3, 0), 12))}${value.slice(-3)}"` : typeof value;
  return ketenError(
    ErrorCode.INVALID_BSN,
    `Not a valid BSN (${shown}): a BSN is nine digits that pass the eleven-test. Check the number and try again.`,
    { withHttpStatus: endsRequest },
  );
}

/** Throws an INVALID_BSN error (for one field or entity, not the whole request) unless the value is a valid BSN. */
export function assertBsn(value: unknown): string {
  if (typeof value !== 'string' || !isValidBsn(value)) throw invalidBsn(value, false);
  return value;
}

/** As assertBsn, for input that makes the whole request invalid (arguments and variables): HTTP 400. */
function parseBsnInput(value: unknown): string {
  if (typeof value !== 'string' || !isValidBsn(value)) throw invalidBsn(value, true);
  return value;
}

function parseBsnLiteral(node: ValueNode): string {
  if (node.kind !== Kind.STRING) throw invalidBsn(node.kind === Kind.INT ? 'a number' : node.kind, true);
  return parseBsnInput(node.value);
}

export const BsnScalar = new GraphQLScalarType<string, string>({
  name: 'BSN',
  description: 'Citizen service number (burgerservicenummer): nine digits, as a string, that pass the eleven-test.',
  serialize: assertBsn,
  parseValue: parseBsnInput,
  parseLiteral: parseBsnLiteral,
});
