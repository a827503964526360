import { createPatternRecognizer } from '../pattern-recognizer';
import { isValidNpi } from '../checksums';

export const npiRecognizer = createPatternRecognizer({
  name: 'npi',
  labels: ['ID'],
  patterns: [{ name: 'ten digits', regex: /(?<![\w.-])[12]\d{9}(?![\w]|[.-]\d)/g, score: 0.4 }],
  context: ['npi', 'provider', 'national provider identifier', 'prescriber'],
  validate: ({ text }) => isValidNpi(text),
});
