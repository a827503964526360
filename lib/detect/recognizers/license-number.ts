import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const licenseNumberRecognizer = createKeyedIdentifierRecognizer({
  name: 'license-number',
  keywords: String.raw`licen[cs]e|lic\.?|driver'?s?\s{1,2}licen[cs]e|dl\s{0,2}#|certificate|cert\.?|certification|registration|passport|permit|badge|clia`,
  score: 0.85,
});
