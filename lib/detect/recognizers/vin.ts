import { createPatternRecognizer } from '../pattern-recognizer';
import { isValidVin } from '../checksums';

export const vinRecognizer = createPatternRecognizer({
  name: 'vin',
  labels: ['ID'],
  patterns: [
    { name: 'seventeen characters', regex: /\b[A-HJ-NPR-Z0-9]{17}\b/gi, score: 0.7 },
    { name: 'labelled', regex: /\bVIN\s{0,2}[:#]?\s{0,2}(?<vin>[A-HJ-NPR-Z0-9]{17})\b/dgi, score: 0.9, group: 'vin' },
  ],
  context: ['vin', 'vehicle', 'car', 'truck', 'identification'],
  validate: ({ text, pattern }) => /\d/.test(text) && /[a-z]/i.test(text) && (pattern.name === 'labelled' || isValidVin(text)),
});
