import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const mrnRecognizer = createKeyedIdentifierRecognizer({
  name: 'mrn',
  keywords: String.raw`mrn|mr\s{0,2}#|med(?:ical)?\.?\s{0,2}rec(?:ord)?s?\.?|(?:hospital|unit|chart|patient|pt)\s{0,2}(?:#|no\b\.?|number|id\b)|record\s{1,2}(?:#|no\b\.?|number)|(?:current|old|prior|merged)\s{1,2}record`,
  score: 0.9,
});
