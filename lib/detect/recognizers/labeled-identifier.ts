import { createPatternRecognizer } from '../pattern-recognizer';

// An identifier-like code: six or more digits, or six or more letters and digits mixed.
const CODE = String.raw`(?<code>\d[\d-]{4,22}\d|(?=[A-Z-]{0,22}\d)(?=[\dA-Z-]{0,22}[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,23})`;

export const labeledIdentifierRecognizer = createPatternRecognizer({
  name: 'labeled-identifier',
  labels: ['ID'],
  patterns: [
    {
      name: 'keyword then code',
      regex: new RegExp(
        String.raw`(?:\b(?:id|ident|identifier|code|number|num|no\.?|nbr|certificate|confirmation)(?![A-Za-z])|#)\s{0,2}[:#=]?\s{0,3}${CODE}(?![\w-])`,
        'dgi',
      ),
      score: 0.7,
      group: 'code',
    },
    { name: 'long number', regex: /(?<![\w.,/:-])\d{7,20}(?![\w]|[.,/:-]\d)/g, score: 0.5 },
  ],
  validate: ({ text }) => (text.match(/\d/g)?.length ?? 0) >= 3,
});
