import { describe, expect, it } from 'vitest';
import { expandYear, isCalendarDate } from './calendar';

describe('isCalendarDate', () => {
  it.each([
    [2, 29, 2024, true],
    [2, 29, 2023, false],
    [2, 29, 1900, false],
    [2, 29, 2000, true],
    [2, 29, undefined, true],
    [4, 31, undefined, false],
    [12, 31, 2099, true],
    [13, 1, undefined, false],
    [0, 10, undefined, false],
    [1, 0, undefined, false],
    [3, 14, 1799, false],
    [3, 14, 2110, true],
    [3, 14, 2200, false],
  ])('%i/%i/%s → %s', (month, day, year, expected) => {
    expect(isCalendarDate(month, day, year)).toBe(expected);
  });
});

describe('expandYear', () => {
  it.each([
    [24, 2, 2024],
    [49, 2, 2049],
    [50, 2, 1950],
    [99, 2, 1999],
    [1987, 4, 1987],
  ])('%i (%i digits) → %i', (year, digits, expected) => {
    expect(expandYear(year, digits)).toBe(expected);
  });
});
