import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const vehiclePlateRecognizer = createKeyedIdentifierRecognizer({
  name: 'vehicle-plate',
  keywords: String.raw`(?:licen[cs]e\s{1,2})?plate|tag|registration\s{1,2}plate|vehicle`,
  // Plates are short: "7ABC123", "ABC 1234", "4-JK22".
  code: String.raw`[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}`,
  score: 0.85,
});
