import { describe, expect, it } from 'vitest';
import { vehiclePlateRecognizer } from './vehicle-plate';
import { detectedTexts } from '../test-support';

describe('vehiclePlateRecognizer', () => {
  it.each([
    ['license plate 7ABC123', ['7ABC123']],
    ['plate: ABC 1234', ['ABC 1234']],
    ['tag # 4JK-22', ['4JK-22']],
  ])('finds the plate in %j', async (text, expected) => {
    expect(await detectedTexts([vehiclePlateRecognizer], text)).toEqual(expected);
  });

  it.each([['plate: none'], ['name tag on'], ['plateau of 3'], ['Platelets 340 K/uL']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([vehiclePlateRecognizer], text)).toEqual([]);
  });
});
