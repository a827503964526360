/** Month names and abbreviations as clinicians write them, mapped to 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1],
  ['feb', 2], ['february', 2],
  ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4],
  ['may', 5],
  ['jun', 6], ['june', 6],
  ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8],
  ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11],
  ['dec', 12], ['december', 12],
]);

/**
 * A month name, or an abbreviation with an optional period. A full name never takes the period:
 * in "since January. 1" it ends the sentence.
 */
export const MONTH_NAME = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)`;

/** Two-digit years follow the RFC 2822 convention: 00-49 is 20xx, 50-99 is 19xx. */
export function expandYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether month/day(/year) names a day that exists. Years run 1800..2199: de-identified notes
 * shift dates into the future, and a finding on a shifted date is still right.
 */
export function isCalendarDate(month: number, day: number, year?: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (year !== undefined && (year < 1800 || year > 2199)) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}
