import { describe, expect, it } from 'vitest';
import { vinRecognizer } from './vin';
import { detectedTexts } from '../test-support';

describe('vinRecognizer', () => {
  it.each([
    ['VIN 1M8GDM9AXKP042788', ['1M8GDM9AXKP042788']],
    ['car 1m8gdm9axkp042788.', ['1m8gdm9axkp042788']],
    ['tag VJY-5505, VIN 6FU1KAJ33A6677834.', ['6FU1KAJ33A6677834']],
  ])('finds the VIN in %j', async (text, expected) => {
    expect(await detectedTexts([vinRecognizer], text)).toEqual(expected);
  });

  it.each([['car 1M8GDM9A1KP042788 (bad check digit)'], ['VIN 11111111111111111 (digits only)'], ['ABCDEFGHJKLMNPRST']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([vinRecognizer], text)).toEqual([]);
    },
  );
});
