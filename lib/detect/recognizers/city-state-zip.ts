import { createPatternRecognizer } from '../pattern-recognizer';
import { US_CITIES } from '../us-cities-data';
import { AMBIGUOUS_STATE_ABBREVIATIONS, STATE } from '../us-states';

const KNOWN_CITIES: ReadonlySet<string> = new Set(US_CITIES.map((city) => city.toLowerCase()));

// Capitals make prepositions look like city words: "LIVES IN UNIVERSITY HEIGHTS, IA".
const CITY_WORD = String.raw`(?!(?:IN|AT|TO|OF|FROM|THE|AND|ON|WITH|FOR|BY|NEAR|LIVES|Dr|DR|Doctor|DOCTOR|Mr|MR|Mrs|MRS|Ms|MS)\b)(?:(?:St|Ft|Mt)\.?|[A-Z][a-z'’]{1,24}(?:[A-Z][a-z]{1,20})?|[A-Z]{2,24})`;
const CITY = String.raw`(?<city>${CITY_WORD}(?:(?:\s{1,2}|-)${CITY_WORD}){0,2})`;
const ZIP = String.raw`(?<zip>\d{5}(?:-\d{4})?)`;

export const cityStateZipRecognizer = createPatternRecognizer({
  name: 'city-state-zip',
  labels: ['ADDRESS'],
  patterns: [
    {
      name: 'city, state zip',
      regex: new RegExp(String.raw`\b${CITY},\s{0,3}(?<state>${STATE})\b\.?(?:,?\s{1,4}${ZIP})?(?![\w-])`, 'g'),
      score: 0.75,
    },
    {
      name: 'city state zip',
      regex: new RegExp(String.raw`\b${CITY}\s{1,3}(?<state>${STATE})\.?\s{1,4}${ZIP}(?![\w-])`, 'g'),
      score: 0.85,
    },
  ],
  context: ['lives', 'live', 'living', 'resides', 'moved', 'address', 'born', 'hometown'],
  validate: ({ match }) => {
    const { city = '', state = '', zip } = match.groups ?? {};
    if (zip) return 0.9;
    if (KNOWN_CITIES.has(city.toLowerCase())) return 0.85;
    // "Dr. Clemmie Best, California Family Medicine": a full state name after an unknown word is weak.
    if (state.length > 2) return 0.6;
    // "Jane Smith, MD" and "Fine, OK" read like "City, ST"; without a ZIP or a known city they are not places.
    return AMBIGUOUS_STATE_ABBREVIATIONS.has(state) ? 0.3 : true;
  },
});
