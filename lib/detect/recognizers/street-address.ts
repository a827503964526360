import { caseVariants } from '../case-variants';
import { normalizedTokens } from '../allowlist';
import { COMMON_WORDS } from '../common-words';
import { createPatternRecognizer } from '../pattern-recognizer';

// USPS street suffixes (Publication 28, appendix C1) that notes use, singular and plural.
const STREET_SUFFIX = caseVariants(
  [
    'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court',
    'Ct', 'Place', 'Pl', 'Way', 'Terrace', 'Ter', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Square',
    'Sq', 'Trail', 'Trl', 'Route', 'Rte', 'Turnpike', 'Tpke', 'Pike', 'Plaza', 'Alley', 'Row', 'Crescent', 'Close',
    'Loop', 'Path', 'Run', 'Walk', 'Commons', 'Heights', 'Hts', 'Trace', 'Plain', 'Dam', 'Curve', 'Corner', 'Harbor',
    'Valley', 'Center', 'Crossing', 'Point', 'Ridge', 'Spring', 'Station', 'Summit', 'View', 'Vista', 'Hill',
    'Landing', 'Meadow', 'Mill', 'Park', 'Pass', 'Port', 'Ranch', 'Shore', 'Stream', 'Village', 'Ville', 'Garden',
    'Grove', 'Glen', 'Forge', 'Ford', 'Falls', 'Estate', 'Creek', 'Cove', 'Cliff', 'Bridge', 'Branch',
    'Brook', 'Bluff', 'Bend', 'Lake', 'Island', 'Junction', 'Knoll', 'Lodge', 'Orchard', 'Oval', 'Manor', 'Mission',
    'Motorway', 'Expressway', 'Expy', 'Freeway', 'Fwy', 'Causeway', 'Crest', 'Field', 'Gateway', 'Haven',
    'Hollow', 'Inlet', 'Mountain', 'Prairie', 'River', 'Shoal', 'Skyway', 'Spur', 'Throughway', 'Trafficway',
    'Tunnel', 'Viaduct', 'Ways',
  ].flatMap((suffix) => (suffix.length > 3 && !suffix.endsWith('s') ? [suffix, `${suffix}s`] : [suffix])),
);
const DIRECTION = String.raw`(?:[NSEW]|NE|NW|SE|SW|${caseVariants(['North', 'South', 'East', 'West'], { lowerCase: false })})\.?\s{1,2}`;
// No periods inside a street word, or "3 FALL RISK. HILL" would run across a sentence.
const STREET_WORD = String.raw`(?:(?:St|Mt|Ft)\.|[A-Z][A-Za-z'’-]{0,24}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))`;
const UNIT_KEYWORD = caseVariants(['Apartment', 'Apt', 'Unit', 'Suite', 'Ste', 'Room', 'Rm', 'Floor', 'Fl', 'Building', 'Bldg', 'Lot']);
const UNIT_WORDS: ReadonlySet<string> = new Set(['apartment', 'apt', 'unit', 'suite', 'ste', 'room', 'rm', 'floor', 'fl', 'building', 'bldg', 'lot']);
const UNIT = String.raw`(?:${UNIT_KEYWORD})\.?\s{0,2}#?\s{0,2}[A-Za-z0-9-]{1,6}|#\s{0,2}[A-Za-z0-9-]{1,6}`;

export const streetAddressRecognizer = createPatternRecognizer({
  name: 'street-address',
  labels: ['ADDRESS'],
  patterns: [
    {
      name: 'number street suffix',
      regex: new RegExp(
        String.raw`(?<![\w.,/:-])(?<!(?:${caseVariants(['Room', 'Rm', 'Bed', 'Ward', 'Level', 'Grade', 'Stage', 'Class', 'Type', 'Step', 'Phase', 'Score', 'Wt', 'Weight'])})\.?\s{0,2}#?\s{0,2})\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s{1,2}(?:${DIRECTION})?(?:${STREET_WORD}\s{1,2}){1,4}(?:${STREET_SUFFIX})\b\.?(?:\s{0,2},?\s{0,2}(?:${UNIT})(?![\w-]))?`,
        'g',
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
  validate: ({ text, pattern }) =>
    pattern.name === 'unit' ||
    pattern.name === 'post office box' ||
    !normalizedTokens(text).some((token) => COMMON_WORDS.has(token) && !UNIT_WORDS.has(token)),
  context: ['address', 'lives', 'live', 'living', 'resides', 'residence', 'home', 'street', 'apt', 'moved', 'located', 'mail'],
});
