import { createPatternRecognizer } from '../pattern-recognizer';
import { STATE, STATE_ANY_CASE } from '../us-states';

/**
 * Safe Harbor lets a redaction keep the first three digits of a ZIP code, except for these
 * ZIP3 areas of 20,000 people or fewer (45 CFR 164.514(b)(2)(i)(B), 2000 Census list).
 */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

const AFTER_STATE = new RegExp(String.raw`\b${STATE}\.?,?\s{1,2}$`);
const AFTER_STATE_ANY_CASE = new RegExp(String.raw`\b${STATE_ANY_CASE}\.?,?\s{1,2}$`, 'i');

export const zipCodeRecognizer = createPatternRecognizer({
  name: 'zip-code',
  labels: ['ADDRESS'],
  patterns: [
    { name: 'ZIP+4', regex: /(?<![\w.$/-])\d{5}-\d{4}(?![\w]|[.-]\d)/g, score: 0.6 },
    { name: 'five digits', regex: /(?<![\w.$/,:-])\d{5}(?![\w/]|[.,:-]\d)/g, score: 0.3 },
  ],
  context: ['zip', 'zipcode', 'zip code', 'postal', 'postcode', 'address'],
  validate: ({ text, source, start, pattern }) => {
    const before = source.slice(Math.max(0, start - 24), start);
    if (AFTER_STATE.test(before) || AFTER_STATE_ANY_CASE.test(before)) return 0.9;
    if (RESTRICTED_ZIP3.has(text.slice(0, 3))) return Math.max(pattern.score, 0.55);
    return true;
  },
});
