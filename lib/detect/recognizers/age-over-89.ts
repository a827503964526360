import { createPatternRecognizer } from '../pattern-recognizer';

// 90..119: Safe Harbor makes ages over 89 identifying; ages up to 89 are not PHI.
const OLD_AGE = String.raw`(?<age>9\d|1[01]\d)`;
const TENS = String.raw`ninety|one hundred(?:\s{1,2}and)?(?:\s{1,2}(?:one|two|three|four|five|six|seven|eight|nine|ten))?`;
const ONES = String.raw`(?:[\s-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine))?`;
const SPELLED_OLD_AGE = String.raw`(?<age>(?:${TENS})${ONES})`;
const YEARS_OLD = String.raw`(?:[\s-]{0,2}(?:years?|yrs?\.?|yo\b|y\.o\.|y/o|y\s?o\b|y\b)(?:[\s-]{1,2}old)?|(?:[\s-]{0,2}(?:yo|y/o)\s?[mf]\b))`;

const AGE_KEYWORD = String.raw`\b(?:aged?(?:/(?:sex|gender))?|at\s{1,2}the\s{1,2}age\s{1,2}of)\s{0,2}[:=]?\s{0,2}`;

export const ageOver89Recognizer = createPatternRecognizer({
  name: 'age-over-89',
  labels: ['AGE'],
  patterns: [
    {
      name: 'number years old',
      regex: new RegExp(String.raw`(?<![\w.])${OLD_AGE}${YEARS_OLD}`, 'dgi'),
      score: 0.9,
      group: 'age',
    },
    {
      name: 'spelled years old',
      regex: new RegExp(String.raw`\b${SPELLED_OLD_AGE}${YEARS_OLD}`, 'dgi'),
      score: 0.9,
      group: 'age',
    },
    {
      name: 'age keyword',
      regex: new RegExp(String.raw`${AGE_KEYWORD}${OLD_AGE}(?![\w.]|\.\d)`, 'dgi'),
      score: 0.9,
      group: 'age',
    },
    {
      name: 'age keyword spelled',
      regex: new RegExp(String.raw`${AGE_KEYWORD}${SPELLED_OLD_AGE}\b`, 'dgi'),
      score: 0.9,
      group: 'age',
    },
    {
      name: 'person is age',
      regex: new RegExp(
        String.raw`\b(?:who|she|he|patient|pt|mother|father|grandmother|grandfather)[ \t]{1,2}(?:is|was|turned|turns|will be)[ \t]{1,2}${OLD_AGE}\b(?![ \t]{0,2}(?:%|mg|kg|lbs?|bpm|cm|mm|percent|/|\.\d))`,
        'dgi',
      ),
      score: 0.75,
      group: 'age',
    },
    {
      name: 'decade',
      regex: /\b(?:in\s{1,2}(?:his|her|their)\s{1,2}(?:early\s{1,2}|mid[\s-]{1,2}|late\s{1,2})?|(?:early|mid|late)[\s-]{1,2})(?<age>(?:90|100)'?s|nineties)\b/dgi,
      score: 0.85,
      group: 'age',
    },
    {
      name: 'age and sex shorthand',
      // Capital M or F after a space; either case written on ("92 M", "100f").
      regex: new RegExp(String.raw`(?<![\w.])${OLD_AGE}(?:\s(?:M|F)|[MFmf]|yo[MFmf]|y/o[MFmf])(?![\w])`, 'dg'),
      score: 0.6,
      group: 'age',
    },
  ],
  context: ['age', 'aged', 'old', 'patient', 'pt', 'woman', 'man', 'female', 'male', 'centenarian'],
});
