import { createPatternRecognizer } from '../pattern-recognizer';

export const emailRecognizer = createPatternRecognizer({
  name: 'email',
  labels: ['EMAIL'],
  patterns: [
    {
      name: 'address',
      regex: /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}\b/g,
      score: 0.95,
    },
  ],
  context: ['email', 'e-mail', 'mail', 'contact'],
});
