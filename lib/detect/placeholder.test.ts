import { describe, expect, it } from 'vitest';
import { placeholderRanges } from './placeholder';

describe('placeholderRanges', () => {
  it.each([
    ['[NAME 1] saw [DATE 12, 2024] and [removed].', [[0, 8], [13, 28], [33, 42]]],
    ['[ADDRESS 3], [ORGANIZATION 2], [ID 10]', [[0, 11], [13, 29], [31, 38]]],
    ['[name 1] [NAME] [NAME one] [PATIENT 1] [DATE 1, 24]', []],
  ])('in %j finds %j', (text, expected) => {
    expect(placeholderRanges(text)).toEqual(expected);
  });
});
