import { describe, expect, it } from 'vitest';
import { zipCodeRecognizer } from './zip-code';
import { detectedTexts } from '../test-support';

describe('zipCodeRecognizer', () => {
  it.each([
    ['Boston, MA 02114', ['02114']],
    ['Austin TX 78701-1234', ['78701-1234']],
    ['Springfield, Illinois 62704', ['62704']],
    ['zip: 60614', ['60614']],
    ['ZIP code 94110', ['94110']],
    ['area 03601 restricted ZIP3', ['03601']],
    ['89012-4471', ['89012-4471']],
    ['laurel hill, nc 28102 nurse', ['28102']],
  ])('finds the ZIP in %j', async (text, expected) => {
    expect(await detectedTexts([zipCodeRecognizer], text)).toEqual(expected);
  });

  it.each([['platelets 25000'], ['$12000'], ['MA 0211'], ['12.345'], ['MRN 60614'], ['in 12345 cases'], ['or 50000']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([zipCodeRecognizer], text)).toEqual([]);
  });
});
