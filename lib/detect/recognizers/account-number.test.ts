import { describe, expect, it } from 'vitest';
import { accountNumberRecognizer } from './account-number';
import { detectedTexts } from '../test-support';

describe('accountNumberRecognizer', () => {
  it.each([
    ['Acct #: 100045871', ['100045871']],
    ['account number 4471-2231', ['4471-2231']],
    ['Encounter: E88123409', ['E88123409']],
    ['FIN 77120034', ['77120034']],
    ['Accession # S24-11873', ['S24-11873']],
    ['DT: 9/25/16 JOB E508456935', ['E508456935']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([accountNumberRecognizer], text)).toEqual(expected);
  });

  it.each([['account of the fall'], ['visit 2'], ['in this case 5 mg'], ['order set ABC']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([accountNumberRecognizer], text)).toEqual([]);
  });
});
