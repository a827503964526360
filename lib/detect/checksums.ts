/** Luhn mod-10 check over a string of digits, the last being the check digit. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** NPI: ten digits whose Luhn check includes the card-issuer prefix 80840 (CMS NPI standard). */
export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && passesLuhn(`80840${npi}`);
}

/**
 * DEA registration: two letters and seven digits; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 */
export function isValidDea(dea: string): boolean {
  const match = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/i.exec(dea);
  if (!match) return false;
  const digits = [...match[3]].map(Number);
  const sum = digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5]);
  return sum % 10 === digits[6];
}

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/** North American VIN: 17 characters without I, O, Q; position 9 is a mod-11 check digit (X for 10). */
export function isValidVin(vin: string): boolean {
  const upper = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(upper)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const char = upper[index];
    const value = /\d/.test(char) ? Number(char) : VIN_VALUES[char];
    sum += value * VIN_WEIGHTS[index];
  }
  const check = sum % 11;
  return upper[8] === (check === 10 ? 'X' : String(check));
}
