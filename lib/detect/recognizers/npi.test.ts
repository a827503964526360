import { describe, expect, it } from 'vitest';
import { npiRecognizer } from './npi';
import { detectedTexts } from '../test-support';

describe('npiRecognizer', () => {
  it.each([
    ['NPI: 1234567893', ['1234567893']],
    ['prescriber NPI 1234567893.', ['1234567893']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([npiRecognizer], text)).toEqual(expected);
  });

  it.each([['NPI: 1234567890 (bad check digit)'], ['1234567893 without context'], ['NPI 3234567893']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([npiRecognizer], text)).toEqual([]);
    },
  );
});
