import { describe, expect, it } from 'vitest';
import { ageOver89Recognizer } from './age-over-89';
import { detectedTexts } from '../test-support';

describe('ageOver89Recognizer', () => {
  it.each([
    ['92 yo female', ['92']],
    ['a 92-year-old man', ['92']],
    ['92 year old', ['92']],
    ['92 y/o', ['92']],
    ['92yo', ['92']],
    ['101 years old', ['101']],
    ['92 yrs old', ['92']],
    ['aged 95', ['95']],
    ['Age: 91', ['91']],
    ['Age/Sex: 93 Pt Name', ['93']],
    ['Sex: F  Age: 93y', ['93']],
    ['93 y F with CHF', ['93']],
    ['at the age of 93, she', ['93']],
    ['in her 90s', ['90s']],
    ['in his late nineties', ['nineties']],
    ['mid-90s woman', ['90s']],
    ['ninety-two-year-old', ['ninety-two']],
    ['ninety two years old', ['ninety two']],
    ['92F with CHF', ['92']],
    ['92 M presents', ['92']],
    ['92yoM', ['92']],
    ['rn note: 100f wife at bedside', ['100']],
    ['caregiver for her aunt, who is 95 and lives with them', ['95']],
    ['her mother, who is 99 yaers old', ['99']],
    ['HIS GRANDMOTHER, WHO IS 101 AND LIVES', ['101']],
  ])('finds the age in %j', async (text, expected) => {
    expect(await detectedTexts([ageOver89Recognizer], text)).toEqual(expected);
  });

  it.each([
    ['89 yo female'],
    ['a 45-year-old man'],
    ['aged 65'],
    ['Age: 9'],
    ['in her 80s'],
    ['eighty-nine years old'],
    ['92 mg'],
    ['HR 92'],
    ['sat 92% on RA'],
    ['stage 92'],
    ['92 Main St'],
    ['she is 95% sure'],
    ['he was 92 kg'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([ageOver89Recognizer], text)).toEqual([]);
  });
});
