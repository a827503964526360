import { describe, expect, it } from 'vitest';
import { accessionNumberRecognizer } from './accession-number';
import { detectedTexts } from '../test-support';

describe('accessionNumberRecognizer', () => {
  it.each([
    ['CYTOPATHOLOGY REPORT H57-5253 Patient', ['H57-5253']],
    ['surgical pathology S24-118734', ['S24-118734']],
    ['IH99-63592', ['IH99-63592']],
  ])('finds the accession in %j', async (text, expected) => {
    expect(await detectedTexts([accessionNumberRecognizer], text)).toEqual(expected);
  });

  it.each([['COVID-19'], ['T12-L1 fusion'], ['E11-9'], ['vertebra L4-5'], ['ABC12-3456']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([accessionNumberRecognizer], text)).toEqual([]);
  });
});
