import { createPatternRecognizer } from '../pattern-recognizer';

// Numbers the SSA never issues, or that appear on sample cards and in every textbook.
const KNOWN_FAKES: ReadonlySet<string> = new Set(['123456789', '078051120', '219099999', '987654320', '987654321']);

export const ssnRecognizer = createPatternRecognizer({
  name: 'ssn',
  labels: ['ID'],
  patterns: [
    { name: 'dashed', regex: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, score: 0.85 },
    { name: 'spaced or dotted', regex: /(?<![\w.-])\d{3}([ .])\d{2}\1\d{4}(?![\w]|[.-]\d)/g, score: 0.45 },
    { name: 'nine digits', regex: /(?<![\w.-])\d{9}(?![\w]|[.-]\d)/g, score: 0.3 },
    {
      // After an explicit label the number is reported even when masked or outside the issued ranges.
      name: 'labelled',
      regex: /\b(?:ssn|ss#|soc(?:ial)?\.?\s{0,2}sec(?:urity)?\.?(?:\s{0,2}(?:#|no\.?|number))?)\s{0,2}[:#]?\s{0,3}(?<ssn>(?:\d{3}|[x*]{3})[ -]?(?:\d{2}|[x*]{2})[ -]?\d{4})(?![\w-])/dgi,
      score: 0.9,
      group: 'ssn',
    },
  ],
  context: ['ssn', 'ss#', 'ss', 'social', 'security', 'soc', 'sec', 'social security number', 'tin', 'taxpayer'],
  validate: ({ text, pattern }) => pattern.name === 'labelled' || isPlausibleSsn(text.replace(/\D/g, '')),
});

/** Rules from the SSA: area 000, 666 and 9xx, group 00 and serial 0000 are never issued. */
export function isPlausibleSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || KNOWN_FAKES.has(digits) || /^(\d)\1{8}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
