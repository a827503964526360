import { describe, expect, it } from 'vitest';
import { isValidDea, isValidNpi, isValidVin, passesLuhn } from './checksums';

describe('checksums', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['', false],
  ])('passesLuhn(%j) → %s', (digits, expected) => expect(passesLuhn(digits)).toBe(expected));

  it.each([
    ['1234567893', true],
    ['1234567890', false],
    ['3234567893', false],
    ['123456789', false],
  ])('isValidNpi(%j) → %s', (npi, expected) => expect(isValidNpi(npi)).toBe(expected));

  it.each([
    ['AB1234563', true],
    ['ab1234563', true],
    ['AB1234560', false],
    ['IB1234563', false],
    ['A91234563', true],
  ])('isValidDea(%j) → %s', (dea, expected) => expect(isValidDea(dea)).toBe(expected));

  it.each([
    ['1M8GDM9AXKP042788', true],
    ['11111111111111111', true],
    ['1M8GDM9A1KP042788', false],
    ['1M8GDM9AXKP04278', false],
    ['1M8GDM9AXKP0427O8', false],
  ])('isValidVin(%j) → %s', (vin, expected) => expect(isValidVin(vin)).toBe(expected));
});
