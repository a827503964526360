import { describe, expect, it } from 'vitest';
import { mrnRecognizer } from './mrn';
import { detectedTexts } from '../test-support';

describe('mrnRecognizer', () => {
  it.each([
    ['MRN: 4417823', ['4417823']],
    ['MRN 00-44-178', ['00-44-178']],
    ['Med Rec #: A1234567', ['A1234567']],
    ['Medical Record Number 88123401', ['88123401']],
    ['medical record no. 5512', ['5512']],
    ['Unit No: 334-22-11', ['334-22-11']],
    ['record number is 7781234.', ['7781234']],
    ['(MRN#12345678)', ['12345678']],
    ['merged into current record 18-644775.', ['18-644775']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([mrnRecognizer], text)).toEqual(expected);
  });

  it.each([['MRN: pending'], ['the record shows 4417823'], ['MRN: ABCDEF'], ['MRN 12']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([mrnRecognizer], text)).toEqual([]);
    },
  );
});
