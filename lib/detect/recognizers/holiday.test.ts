import { describe, expect, it } from 'vitest';
import { foundTexts } from '../test-support';
import { holidayRecognizer } from './holiday';

describe('holidayRecognizer', () => {
  it.each([
    ['coughing since Thanksgiving', ['Thanksgiving']],
    ['worse over Christmas break', ['Christmas']],
    ['fell on Christmas Eve', ['Christmas Eve']],
    ["seen the day after New Year's Day", ["New Year's Day"]],
    ['the Monday after Easter', ['Easter']],
    ['on Memorial Day and again Labor Day weekend', ['Memorial Day', 'Labor Day']],
    ["Mother’s Day visit", ["Mother’s Day"]],
    ['ran out on the Fourth of July', ['Fourth of July']],
    ['FELL ON THANKSGIVING DAY', ['THANKSGIVING DAY']],
    ['since thanksgiving, no appetite', ['thanksgiving']],
    ['The patient said thanksgiving was hard. Seen by Dr. Ruiz.', ['thanksgiving']],
    ['fasting for Yom Kippur', ['Yom Kippur']],
    ['after Eid al-Fitr', ['Eid al-Fitr']],
  ])('finds the holiday in %j', (text, expected) => {
    expect(foundTexts(holidayRecognizer, text)).toEqual(expected);
  });

  it.each([
    ['In labor and delivery since 3 AM.'],
    ['Lives east of Easton.'],
    ['Seen at Memorial Hospital.'],
    ['Christmastown Clinic'],
  ])('finds nothing in %j', (text) => {
    expect(foundTexts(holidayRecognizer, text)).toEqual([]);
  });
});
