import { createPatternRecognizer } from '../pattern-recognizer';
import { isValidVin } from '../checksums';

export const vinRecognizer = createPatternRecognizer({
  name: 'vin',
  labels: ['ID'],
  patterns: [{ name: 'seventeen characters', regex: /\b[A-HJ-NPR-Z0-9]{17}\b/gi, score: 0.7 }],
  context: ['vin', 'vehicle', 'car', 'truck', 'identification'],
  validate: ({ text }) => /\d/.test(text) && /[a-z]/i.test(text) && isValidVin(text),
});
