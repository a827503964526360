import { describe, expect, it } from 'vitest';
import { deviceSerialRecognizer } from './device-serial';
import { detectedTexts } from '../test-support';

describe('deviceSerialRecognizer', () => {
  it.each([
    ['pacemaker serial # PJN4471023', ['PJN4471023']],
    ['S/N: 88-12-4471', ['88-12-4471']],
    ['insulin pump model MMT-780G', ['MMT-780G']],
    ['Lot 24A0917', ['24A0917']],
  ])('finds the code in %j', async (text, expected) => {
    expect(await detectedTexts([deviceSerialRecognizer], text)).toEqual(expected);
  });

  it.each([['serial troponins'], ['lead II shows'], ['pump failure'], ['device check normal']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([deviceSerialRecognizer], text)).toEqual([]);
  });
});
