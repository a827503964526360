import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const deviceSerialRecognizer = createKeyedIdentifierRecognizer({
  name: 'device-serial',
  keywords: String.raw`serial|s/n|sn|ser\.?|device|model|lot|udi|implant|pacemaker|icd|generator|pump|lead`,
  score: 0.8,
});
