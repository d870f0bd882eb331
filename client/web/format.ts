/** Dutch display of values: euros, dates, percentages, yes/no and enum names, by the format in the label table. */
import { valueLabel, type Format } from './labels';

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const NUMBER = new Intl.NumberFormat('nl-NL');

/** Money arrives as a decimal string ("1234.50") or a number; either reads as euros. */
export function euros(value: string | number): string {
  return EURO.format(typeof value === 'number' ? value : Number(value));
}

/** A calendar date ("2026-01-31"), shown as "31 januari 2026". */
export function dutchDate(value: string): string {
  return DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** An instant (ISO 8601), shown in Dutch time, e.g. "31 jan 2026, 10:30". */
export function dutchDateTime(value: string): string {
  return DATE_TIME.format(new Date(value));
}

export function formatValue(value: string | number | boolean, format: Format, organisationName: (oin: string) => string): string {
  switch (format) {
    case 'money':
      return typeof value === 'boolean' ? String(value) : euros(value);
    case 'date':
      return dutchDate(String(value));
    case 'dateTime':
      return dutchDateTime(String(value));
    case 'percent':
      return `${NUMBER.format(Number(value))}%`;
    case 'count':
      return NUMBER.format(Number(value));
    case 'yesNo':
      return value === true ? 'Ja' : 'Nee';
    case 'enum':
      return valueLabel(String(value));
    case 'organisation':
      return organisationName(String(value));
    case 'text':
      return typeof value === 'boolean' ? (value ? 'Ja' : 'Nee') : String(value);
    default: {
      const unknownFormat: never = format;
      return String(unknownFormat);
    }
  }
}
