import { normalizedTokens } from '../allowlist';
import { caseVariants } from '../case-variants';
import { COMMON_WORDS } from '../common-words';
import { COUNTRIES } from '../countries';
import { STATE_NAMES } from '../us-states';
import { createPatternRecognizer } from '../pattern-recognizer';

// Phrases after which a capitalised place name is where the person lives, was born or came from.
const RESIDENCE = caseVariants([
  'lives in', 'living in', 'lives alone in', 'resides in', 'residing in', 'resident of', 'born in', 'raised in',
  'grew up in', 'moved here from', 'moved from', 'moved to', 'relocated from', 'relocated to', 'originally from',
  'native of', 'hometown', 'hometown is', 'transferred from', 'visiting from', 'home in', 'immigrated from',
  'traveled to', 'travelled to', 'trip to', 'hospital in', 'clinic in', 'center in', 'centre in',
]);
const NOT_A_PLACE = caseVariants([...COMMON_WORDS, 'a', 'an', 'his', 'her']);
const PLACE_WORD = String.raw`(?!(?:${NOT_A_PLACE})\b)(?:(?:St|Mt|Ft)\.|[A-Z][a-z'’]{1,24}(?:[A-Z][a-z]{1,20})?|[A-Z]{3,24})`;

const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'medical', 'clinic', 'center', 'centre', 'health', 'house', 'manor', 'nursing', 'senior', 'rehabilitation',
  'hospice', 'living', 'care', 'pavilion', 'facility', 'home', 'homes', 'village', 'residence', 'shelter', 'jail', 'prison',
]);

const STATE_NAME_SET: ReadonlySet<string> = new Set(STATE_NAMES.map((name) => name.toLowerCase()));

export const cityRecognizer = createPatternRecognizer({
  name: 'city',
  labels: ['ADDRESS'],
  patterns: [
    {
      name: 'place after a residence phrase',
      regex: new RegExp(
        String.raw`\b(?:${RESIDENCE}):?[ \t]{1,2}(?:the[ \t]{1,2})?(?<place>${PLACE_WORD}(?:(?:[ \t]|-)${PLACE_WORD}){0,2})\b`,
        'dg',
      ),
      score: 0.7,
      group: 'place',
    },
  ],
  // "lives in Kaplan House", "transferred from Mercy Hospital": an institution, which the organization recognizer reports.
  validate: ({ text, source, end }) => {
    const place = normalizedTokens(text).join(' ');
    // States and countries are larger than Safe Harbor's geographic units: not PHI.
    if (COUNTRIES.has(place) || STATE_NAME_SET.has(place)) return false;
    const nextWord = /^[ \t]{1,2}([\p{L}]+)/u.exec(source.slice(end, end + 30))?.[1] ?? '';
    return !normalizedTokens(`${text} ${nextWord}`).some((token) => INSTITUTION_WORDS.has(token));
  },
});
