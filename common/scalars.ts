/**
 * Scalars shared by the subgraphs besides BSN: amounts of money, calendar dates, instants and organisation ids.
 * Subgraph schemas declare the ones they use (`scalar Money`) and pass these implementations to their resolvers.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode, ketenError } from './errors';

function badInput(message: string) {
  return ketenError(ErrorCode.BAD_USER_INPUT, message, { withHttpStatus: true });
}

function stringLiteral(node: ValueNode, typeName: string): string {
  if (node.kind !== Kind.STRING) throw badInput(`${typeName} must be written as a string.`);
  return node.value;
}

const MONEY = /^-?\d{1,12}(\.\d{1,2})?$/;

/** Euro amounts are kept as integer cents in code and stores, and shown as a decimal string ("1234.50"). */
export function centsToEuroString(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function euroStringToCents(value: unknown): number {
  if (typeof value !== 'string' || !MONEY.test(value)) {
    throw badInput('Money must be a decimal string of euros with at most two decimals, e.g. "1234.50".');
  }
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return value.startsWith('-') ? -cents : cents;
}

export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount in euros as a decimal string with two decimals, e.g. "1234.50".',
  serialize(value) {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError('Money is kept as integer cents');
    return centsToEuroString(value);
  },
  parseValue: euroStringToCents,
  parseLiteral: (node) => euroStringToCents(stringLiteral(node, 'Money')),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badInput('A date must be written as YYYY-MM-DD, e.g. "2026-01-31".');
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: assertIsoDate,
  parseValue: assertIsoDate,
  parseLiteral: (node) => assertIsoDate(stringLiteral(node, 'Date')),
});

function assertDateTime(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : value;
  if (typeof text !== 'string' || Number.isNaN(Date.parse(text)) || !text.includes('T')) {
    throw badInput('An instant must be an ISO 8601 date-time, e.g. "2026-01-31T09:30:00Z".');
  }
  return new Date(text).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 in UTC, e.g. "2026-01-31T09:30:00.000Z".',
  serialize: assertDateTime,
  parseValue: assertDateTime,
  parseLiteral: (node) => assertDateTime(stringLiteral(node, 'DateTime')),
});

const TWENTY_DIGITS = /^\d{20}$/;

export function isValidOin(value: string): boolean {
  return TWENTY_DIGITS.test(value);
}

export function assertOin(value: unknown): string {
  if (typeof value !== 'string' || !isValidOin(value)) {
    throw badInput('An organisation identification number (OIN) is twenty digits, as a string.');
  }
  return value;
}

export const OinScalar = new GraphQLScalarType<string, string>({
  name: 'OIN',
  description: 'Organisation identification number (organisatie-identificatienummer): twenty digits.',
  serialize: assertOin,
  parseValue: assertOin,
  parseLiteral: (node) => assertOin(stringLiteral(node, 'OIN')),
});
