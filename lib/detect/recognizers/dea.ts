import { createPatternRecognizer } from '../pattern-recognizer';
import { isValidDea } from '../checksums';

export const deaRecognizer = createPatternRecognizer({
  name: 'dea',
  labels: ['ID'],
  patterns: [
    { name: 'two letters seven digits', regex: /\b[A-Z][A-Z9]\d{7}\b/gi, score: 0.6 },
    {
      // After "DEA" the number is reported even with a bad check digit: a typo does not make it less identifying.
      name: 'labelled',
      regex: /\bDEA\s{0,2}(?:#|no\.?|number)?\s{0,2}[:#]?\s{0,2}(?<dea>[A-Z][A-Z9]\d{7})\b/dgi,
      score: 0.9,
      group: 'dea',
    },
  ],
  context: ['dea', 'dea#', 'registration', 'prescriber'],
  validate: ({ text, pattern }) => pattern.name === 'labelled' || isValidDea(text),
});
