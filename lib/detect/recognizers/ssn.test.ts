import { describe, expect, it } from 'vitest';
import { isPlausibleSsn, ssnRecognizer } from './ssn';
import { detectedTexts } from '../test-support';

describe('ssnRecognizer', () => {
  it.each([
    ['SSN 219-45-8871', ['219-45-8871']],
    ['ssn: 219 45 8871', ['219 45 8871']],
    ['Social Security: 219458871', ['219458871']],
    ['id 219-45-8871.', ['219-45-8871']],
    ['SSN: 988-55-6831', ['988-55-6831']],
    ['ssn: xxx-xx-8231', ['xxx-xx-8231']],
    ['Social Security #: 123456789', ['123456789']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([ssnRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['id 123-45-6789 (textbook fake)'],
    ['id 000-45-8871'],
    ['id 666-45-8871'],
    ['id 912-45-8871'],
    ['id 219-00-8871'],
    ['id 219-45-0000'],
    ['id 111-11-1111'],
    ['plain 219458871 without context'],
    ['219 45 8871 without context'],
    ['phone 219-458-8871'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([ssnRecognizer], text)).toEqual([]);
  });

  it.each([
    ['219458871', true],
    ['078051120', false],
    ['12345678', false],
  ])('isPlausibleSsn(%j) → %s', (digits, expected) => {
    expect(isPlausibleSsn(digits)).toBe(expected);
  });
});
