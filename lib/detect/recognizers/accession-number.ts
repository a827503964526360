import { createPatternRecognizer } from '../pattern-recognizer';

export const accessionNumberRecognizer = createPatternRecognizer({
  name: 'accession-number',
  labels: ['ID'],
  patterns: [
    {
      // Laboratory and pathology accessions: a letter prefix, a two-digit year, a serial ("S24-11873").
      name: 'prefix year serial',
      regex: /(?<![\w-])[A-Z]{1,2}\d{2}-\d{4,7}(?![\w-])/gi,
      score: 0.6,
    },
  ],
  context: ['accession', 'specimen', 'report', 'case', 'pathology', 'cytopathology', 'surgical', 'lab', 'order'],
});
