import { createPatternRecognizer } from '../pattern-recognizer';
import { isValidDea } from '../checksums';

export const deaRecognizer = createPatternRecognizer({
  name: 'dea',
  labels: ['ID'],
  patterns: [{ name: 'two letters seven digits', regex: /\b[A-Z][A-Z9]\d{7}\b/gi, score: 0.6 }],
  context: ['dea', 'dea#', 'registration', 'prescriber'],
  validate: ({ text }) => isValidDea(text),
});
