import { caseVariants } from '../case-variants';
import { normalizedTokens } from '../allowlist';
import { COMMON_WORDS } from '../common-words';
import { createPatternRecognizer, type Refinement } from '../pattern-recognizer';

// USPS street suffixes (Publication 28, appendix C1) that notes use, singular and plural. A set
// checked in the hook, not a regex alternation: 700 spellings took half a second to compile.
const STREET_SUFFIXES: ReadonlySet<string> = new Set(
  [
    'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'court',
    'ct', 'place', 'pl', 'way', 'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'square',
    'sq', 'trail', 'trl', 'route', 'rte', 'turnpike', 'tpke', 'pike', 'plaza', 'alley', 'row', 'crescent', 'close',
    'loop', 'path', 'run', 'walk', 'commons', 'heights', 'hts', 'trace', 'plain', 'dam', 'curve', 'corner', 'harbor',
    'valley', 'center', 'crossing', 'point', 'ridge', 'spring', 'station', 'summit', 'view', 'vista', 'hill',
    'landing', 'meadow', 'mill', 'park', 'pass', 'port', 'ranch', 'shore', 'stream', 'village', 'ville', 'garden',
    'grove', 'glen', 'forge', 'ford', 'falls', 'estate', 'creek', 'cove', 'cliff', 'bridge', 'branch',
    'brook', 'bluff', 'bend', 'lake', 'island', 'junction', 'knoll', 'lodge', 'orchard', 'oval', 'manor', 'mission',
    'motorway', 'expressway', 'expy', 'freeway', 'fwy', 'causeway', 'crest', 'field', 'gateway', 'haven',
    'hollow', 'inlet', 'mountain', 'prairie', 'river', 'shoal', 'skyway', 'spur', 'throughway', 'trafficway',
    'tunnel', 'viaduct', 'ways', 'radial', 'light', 'key', 'club', 'pine', 'loaf', 'union', 'canyon', 'crossroad',
    'divide', 'extension', 'fort', 'gap', 'green', 'lock', 'rapid', 'isle', 'mount', 'neck', 'rest', 'wall', 'well',
    'fall', 'flat', 'burg', 'camp', 'cape', 'course', 'dale', 'land', 'mall', 'mews', 'overpass', 'track', 'underpass',
  ].flatMap((suffix) => (suffix.length > 3 && !suffix.endsWith('s') ? [suffix, `${suffix}s`] : [suffix])),
);
const DIRECTION = String.raw`(?:[NSEW]|NE|NW|SE|SW|${caseVariants(['North', 'South', 'East', 'West'], { lowerCase: false })})\.?\s{1,2}`;
// No periods inside a street word, or "3 FALL RISK. HILL" would run across a sentence.
const UNIT_KEYWORD = caseVariants(['Apartment', 'Apt', 'Unit', 'Suite', 'Ste', 'Room', 'Rm', 'Floor', 'Fl', 'Building', 'Bldg', 'Lot']);
// A unit keyword starts the unit, not another street word: "Orchard Streets Apt 14C".
const STREET_WORD = String.raw`(?!(?:${UNIT_KEYWORD})\b)(?:(?:St|Mt|Ft)\.|[A-Z][A-Za-z'’-]{0,24}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))`;
const NOT_A_STREET_AFTER = caseVariants(['Room', 'Rm', 'Bed', 'Ward', 'Level', 'Grade', 'Stage', 'Class', 'Type', 'Step', 'Phase', 'Score', 'Wt', 'Weight']);
const UNIT_WORDS: ReadonlySet<string> = new Set(['apartment', 'apt', 'unit', 'suite', 'ste', 'room', 'rm', 'floor', 'fl', 'building', 'bldg', 'lot']);
const UNIT = String.raw`(?:${UNIT_KEYWORD})\.?\s{0,2}#?\s{0,2}[A-Za-z0-9-]{1,6}|#\s{0,2}[A-Za-z0-9-]{1,6}`;

export const streetAddressRecognizer = createPatternRecognizer({
  name: 'street-address',
  labels: ['ADDRESS'],
  patterns: [
    {
      name: 'number street suffix',
      regex: new RegExp(
        String.raw`(?<![\w.,/:-])(?<!(?:${NOT_A_STREET_AFTER})\.?\s{0,2}#?\s{0,2})\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s{1,2}(?:${DIRECTION})?(?<words>${STREET_WORD}(?:[ \t]{1,2}${STREET_WORD}){1,4})\b\.?(?<unit>\s{0,2},?\s{0,2}(?:${UNIT})(?![\w-]))?`,
        'dg',
      ),
      score: 0.8,
    },
    {
      name: 'unit',
      regex: new RegExp(String.raw`\b(?:${caseVariants(['Apartment', 'Apt', 'Suite', 'Ste'])})\.?\s{0,2}#?\s{0,2}(?=[A-Za-z-]{0,5}\d)[A-Za-z0-9-]{1,6}(?![\w-])`, 'g'),
      score: 0.7,
    },
    {
      name: 'rural route',
      regex: /\b(?:RR|R\.R\.|Rural\s{1,2}Route|HC|Star\s{1,2}Route)\s{0,2}\d{1,3},?\s{0,2}Box\s{0,2}\d{1,5}\b/gi,
      score: 0.9,
    },
    {
      name: 'county',
      regex: new RegExp(String.raw`\b[A-Z][a-z'’.-]{1,20}(?:[ \t][A-Z][a-z'’.-]{1,20})?[ \t](?:${caseVariants(['County', 'Parish', 'Borough'], { lowerCase: false })})\b`, 'g'),
      score: 0.75,
    },
    {
      name: 'post office box',
      regex: /\b(?:P\.?\s?O\.?\s{0,2}Box|Post\s{1,2}Office\s{1,2}Box|POB)\s{0,2}#?\s{0,2}\d{1,6}\b/gi,
      score: 0.9,
    },
  ],
  // "07:33 BY DR.", "453A FALL PRECAUTIONS IN PLACE": capitals make any words look like a street name.
  validate: ({ text, start, pattern, match }) =>
    pattern.name === 'number street suffix' ? endAtStreetSuffix(text, start, match) : !hasSentenceWord(text),
  context: ['address', 'lives', 'live', 'living', 'resides', 'residence', 'home', 'street', 'apt', 'moved', 'located', 'mail'],
});

// Words that only glue a sentence together; capitalised, every other everyday word may name a
// street ("88 Old Farm Rd", "12 New Street").
const SENTENCE_GLUE: ReadonlySet<string> = new Set('the a an in on at by of to for with and or is was from he she they his her it we i you'.split(' '));

/**
 * "07:33 BY DR.", "453A FALL PRECAUTIONS IN PLACE": capitals make any words look like a street
 * name, so in capitals no everyday word may be part of one; in mixed case, no sentence glue.
 */
function hasSentenceWord(text: string): boolean {
  const sentenceWords = text === text.toUpperCase() ? COMMON_WORDS : SENTENCE_GLUE;
  return normalizedTokens(text).some((token) => sentenceWords.has(token) && !UNIT_WORDS.has(token));
}

/** Ends the address at its last street suffix ("123 Main St Boston" → "123 Main St"); none, no address. */
function endAtStreetSuffix(text: string, start: number, match: RegExpExecArray): Refinement | false {
  const wordsRange = match.indices?.groups?.words;
  if (!wordsRange) return false;
  const words = [...match.groups!.words.matchAll(/\S+/g)];
  let suffix = -1;
  for (let index = 1; index < words.length; index++) {
    if (STREET_SUFFIXES.has(words[index][0].toLowerCase().replace(/\.$/, ''))) suffix = index;
  }
  if (suffix < 0) return false;
  const wordsStart = wordsRange[0];
  let end = suffix === words.length - 1 ? start + text.length : wordsStart + words[suffix].index + words[suffix][0].length;
  if (suffix < words.length - 1 && match.input[end] === '.') end++;
  // The suffix vouches for itself: "Dr" and "Rd" are everyday shorthand only elsewhere.
  if (hasSentenceWord(match.input.slice(start, wordsStart + words[suffix].index))) return false;
  return { start, end };
}
