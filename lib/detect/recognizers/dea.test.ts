import { describe, expect, it } from 'vitest';
import { deaRecognizer } from './dea';
import { detectedTexts } from '../test-support';

describe('deaRecognizer', () => {
  it.each([
    ['DEA # AB1234563', ['AB1234563']],
    ['dea: bs3817422', ['bs3817422']],
    ['AB1234563', ['AB1234563']],
    ['Prescriber DEA UD9423509, NPI', ['UD9423509']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([deaRecognizer], text)).toEqual(expected);
  });

  it.each([['id AB1234560'], ['id IB1234563'], ['AB12345634']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([deaRecognizer], text)).toEqual([]);
  });
});
