import { caseVariants } from '../case-variants';
import { CLINICAL_WORDS } from '../allowlist-data';
import { COMMON_WORDS, RELATIVE_WORDS } from '../common-words';
import { createPatternRecognizer, type Candidate, type Refinement } from '../pattern-recognizer';

// Capitalised words that come before or after a name in notes but are not part of it. A regex
// lookahead over a thousand words costs milliseconds a note, so the hook below trims them instead.
const NOT_A_NAME: ReadonlySet<string> = new Set([...COMMON_WORDS, ...CLINICAL_WORDS, 'drs']);
const NOT_A_NAME_AFTER_TITLE: ReadonlySet<string> = new Set([
  'colleague', 'colleagues', 'team', 'staff', 'office', 'covering', 'on-call', 'resident', 'attending',
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss',
]);
// Names never run across a line break: the next line is a heading or another field.
const GAP = String.raw`[ \t]{1,2}`;
// Latin letters with their accents ("Jánošík", "Çingir", "Ondráček", "Nguyễn"), as explicit ranges:
// \p{L} classes made the patterns take over a second to compile for text outside Latin-1.
// Latin Extended-A/B and Additional mix cases, so they count as both capitals and small letters.
const CAPITAL = String.raw`A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ`;
const SMALL = String.raw`a-zß-öø-ÿĀ-ɏḀ-ỿ\u0300-\u036f`;
const LETTER = String.raw`A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u0300-\u036f`;
const NAME_WORD = String.raw`(?<![${LETTER}])(?:[${CAPITAL}]['’])?[${CAPITAL}](?:[${SMALL}]{1,20}(?:[${CAPITAL}][${SMALL}]{1,20})?|[${CAPITAL}\u0300-\u036f]{1,20})(?:['’][${CAPITAL}][${LETTER}]{1,20}|-[${CAPITAL}]?[${SMALL}]{1,20})?(?![${LETTER}])`;
const INITIAL = String.raw`(?<![${LETTER}])[${CAPITAL}]\.`;
const NAME_TAIL = String.raw`(?:${GAP}(?:(?:Jr|Sr|II|III|IV)\b\.?|[${CAPITAL}]\.?(?=[ \t])|${NAME_WORD})){0,3}`;
const FULL_NAME = String.raw`(?:${INITIAL}[ \t]{0,2}){0,2}${NAME_WORD}${NAME_TAIL}`;
// The trailing initial is not the M of "M.D.": "EMARD, CLEMMIE M.D.".
const LAST_COMMA_FIRST = String.raw`${NAME_WORD},[ \t]{0,2}${NAME_WORD}(?:${GAP}(?!M\.D\.)[${CAPITAL}]\.?(?![${LETTER}0-9]))?`;

const TITLE = String.raw`(?:Dr|DR|Mr|Mrs|MRS|Ms|Miss|Mx|Prof|Rev|Doctor|DOCTOR)(?:\.[ \t]{0,2}|[ \t]{1,2})`;
// "MR." and "MS." are also mitral regurgitation and stenosis ("moderate MR. CTA CHEST: ..."): they are
// a title only in capitals text, after no grade, and before an all-capitals name.
const CAPITALS_TITLE = String.raw`(?<![a-z]\S{0,20}\s{1,3})(?<!(?:MILD|MODERATE|SEVERE|TRACE|TRIVIAL|SIGNIFICANT|[1-4]\+)\s{1,3})(?:MR|MS)\.`;

// Labels that name a person only when followed by a colon ("Patient: Maria Lopez", not "Patient Education").
const COLON_LABEL = caseVariants([
  'patient name', 'patient', 'pt name', 'pt', 'name', 'contact', 'emergency contact', 'author', 'signed', 'nurse', 'rn',
  'provider', 'physician', 'guarantor', 'informant', 'interpreter', 'resident', 'fellow', 'intern',
  'to', 'from', 're', 'recipient', 'caller', 'caregiver', 'guardian', 'proxy', 'hcp', 'poa', 'next of kin', 'nok', 'spouse', 'employer',
]);
const PHRASE_LABEL = caseVariants([
  'seen by', 'seen and examined by', 'examined by', 'seen with', 'discussed with', 'spoke with', 'spoke to', 'd/w',
  'dictated by', 'signed by', 'electronically signed by', 'co-signed by', 'cosigned by', 'transcribed by',
  'reviewed by', 'authored by', 'attending', 'attending physician', 'surgeon', 'anesthesiologist', 'pcp',
  'primary care physician', 'primary care provider', 'referring physician', 'referring provider', 'referred by',
  'accompanied by', 'care of', 'covering for', 'on behalf of', 'paged', 'given by', 'given to', 'report to',
  'report given to', 'proxy for', 'pleasure of seeing', 'interpreter', 'prescribed by', 'ordered by', 'handed off to',
  'signed out to', 'history and physical for', 'instructions for', 'service of', 'called to', 'routed to', 'called', 'consulted',
  '/s/',
]);
const RELATIVE = caseVariants(RELATIVE_WORDS);
const CREDENTIAL = String.raw`(?:CT\s?\(ASCP\)|M\.D\.|D\.O\.|MD|DO|RN|NP|PA-C|PA|CNM|CRNA|LPN|PhD|DDS|DMD|PharmD|MSW|LICSW|LCSW|FNP|ANP|APRN|DNP|CNP|MBBS|RD|RDN)(?:-BC|-C)?`;

export const titledNameRecognizer = createPatternRecognizer({
  name: 'titled-name',
  labels: ['NAME'],
  patterns: [
    {
      name: 'title',
      // "Dr. EMARD,ELVIE": EHR exports write last,first without a space.
      regex: new RegExp(
        String.raw`\b${TITLE}(?<name>${NAME_WORD},${NAME_WORD}|${FULL_NAME})`,
        'dg',
      ),
      score: 0.9,
      group: 'name',
    },
    // "Drs. Kaminski and Orr": both names, one pattern each, over the same text.
    ...(['first', 'second'] as const).map((group) => ({
      name: `two doctors, ${group}`,
      regex: new RegExp(String.raw`\b(?:Drs|DRS)\.?[ \t]{1,2}(?<first>${FULL_NAME}),?[ \t]{1,2}(?:and|AND|&)[ \t]{1,2}(?<second>${FULL_NAME})`, 'dg'),
      score: 0.9,
      group,
    })),
    {
      name: 'capitals title',
      regex: new RegExp(
        String.raw`\b${CAPITALS_TITLE}\s{1,2}(?<name>[${CAPITAL}\u0300-\u036f]{2,20}(?:${GAP}[${CAPITAL}\u0300-\u036f]{2,20})?)(?![${LETTER}'’])`,
        'dg',
      ),
      score: 0.85,
      group: 'name',
    },
    {
      name: 'label and colon',
      regex: new RegExp(
        String.raw`\b(?:${COLON_LABEL})\s{0,2}[:=-]\s{0,3}(?:${TITLE})?(?<name>${LAST_COMMA_FIRST}|${FULL_NAME})`,
        'dg',
      ),
      score: 0.85,
      group: 'name',
    },
    {
      name: 'phrase',
      regex: new RegExp(
        String.raw`(?<![\w/])(?:${PHRASE_LABEL}):?\s{1,3}(?:${TITLE})?(?<name>${LAST_COMMA_FIRST}|${FULL_NAME})`,
        'dg',
      ),
      score: 0.8,
      group: 'name',
    },
    {
      name: 'relative',
      regex: new RegExp(
        String.raw`\b(?:${RELATIVE})(?:,|\s{1,2}\((?:s?he|they|[A-Z][a-z]{1,12})\))?\s{1,2}(?<name>${FULL_NAME})`,
        'dg',
      ),
      score: 0.8,
      group: 'name',
    },
    {
      name: 'lower-case doctor',
      regex: new RegExp(
        String.raw`\b(?:dr|doctor|mr|mrs)\.?[ \t]{1,2}(?<name>[${SMALL}][${SMALL}'’-]{1,20}(?:[ \t][${SMALL}][${SMALL}'’-]{1,20})?)(?![${LETTER}])`,
        'dg',
      ),
      score: 0.6,
      group: 'name',
    },
    {
      name: 'name is a age',
      regex: new RegExp(
        String.raw`(?<name>${FULL_NAME})(?:['’]s)?[ \t]{1,2}(?:is|was)[ \t]{1,2}an?[ \t]{1,2}\d{1,3}[ \t-]{0,2}(?:years?|yrs?|y/?o|yo|months?|mos?|weeks?|days?)\b`,
        'dg',
      ),
      score: 0.75,
      group: 'name',
    },
    {
      // Triage lines: "Brown, 17yoM, via EMS".
      name: 'name then age and sex',
      regex: new RegExp(String.raw`(?<name>${FULL_NAME}),[ \t]{1,2}\d{1,3}[ \t-]?(?:yo|y/o|yr|year[ \t-]old)?[ \t-]?(?:M|F|male|female)\b`, 'dg'),
      score: 0.7,
      group: 'name',
    },
    {
      name: 'greeting',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['hi', 'hello', 'dear', 'hey', 'good morning', 'good afternoon', 'good evening'])})[ \t]{1,2}(?:${TITLE})?(?<name>${FULL_NAME})[ \t]{0,2}[,!:]`,
        'dg',
      ),
      score: 0.8,
      group: 'name',
    },
    {
      name: 'dictation initials',
      regex: /(?<=(?:^|\n)[ \t]{0,4})(?<name>[A-Z]{2,4}\/(?:[a-z]{2,3}|[A-Z]{2,4}(?=[ \t]{1,3}(?:T|D|DD|DT):)))(?=[ \t]*(?:\r?\n|$)|[ \t]{1,3}(?:T|D|DD|DT):)/dg,
      score: 0.6,
      group: 'name',
    },
    {
      name: 'dictation initials before a date',
      // Mid-line once a portal has joined the lines: "4:28am HB/mv 8/3/00", "PAGER 54961 LNW/MG DD: 8/5/2048".
      regex: /(?<![\w/.-])(?<name>[A-Z]{2,4}\/(?:[a-z]{2,4}|[A-Z]{2,4})|[a-z]{2,4}\/[a-z]{2,4})(?=[ \t]{1,3}(?:\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:DD|DT|T|D|dd|dt|t|d):))/dg,
      score: 0.6,
      group: 'name',
    },
    {
      name: 'dictation initials after a date',
      // "D: 11/09/91 T: 11/10/91 BK/tlm  Job #: 55321".
      regex: /(?<=\b\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]{1,3})(?<name>[A-Z]{2,4}\/(?:[a-z]{2,4}|[A-Z]{2,4}))(?![\w/])/dg,
      score: 0.6,
      group: 'name',
    },
    {
      name: 'dictation transcriber',
      // "Transcribed by: RD 5/27/2000": initials, which the name patterns take for a credential.
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['transcribed by', 'typed by', 'dictated by'])}):?[ \t]{1,3}(?<name>[A-Za-z]{2,4})(?=[ \t]{1,3}\d{1,2}\/\d{1,2}\/\d{2,4}\b)`,
        'dg',
      ),
      score: 0.6,
      group: 'name',
    },
    {
      name: 'print header',
      // A patient portal's printed page header: "Page 1 of 3 E. Mayer #SE84123 | DOB: 02/07/1926".
      regex: new RegExp(String.raw`(?<name>${FULL_NAME})[ \t]{1,3}#[A-Z0-9-]{4,16}[ \t]{0,2}\|[ \t]{0,2}(?:DOB|D\.O\.B\.|Date of Birth)\b`, 'dg'),
      score: 0.85,
      group: 'name',
    },
    {
      name: 'verb then name',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['asked', 'updated', 'encouraged', 'reminded', 'told', 'informed', 'instructed', 'counseled', 'advised', 'reassured', 'educated', 'thanked'])})[ \t]{1,2}(?<name>${FULL_NAME})[ \t]{1,2}(?:to|about|that|regarding|on|of)\b`,
        'dg',
      ),
      score: 0.7,
      group: 'name',
    },
    {
      name: 'name then verb',
      regex: new RegExp(
        String.raw`(?<name>${FULL_NAME})(?:[ \t]{1,2}(?:states|says|said|reports|reported|denies|presented|presents|agrees|endorses|complains|feels|is feeling|was seen|was evaluated|was admitted)\b|['’]s[ \t]{1,2}(?:home|weights?|blood|symptoms|pain|readings|mother|father|wife|husband|daughter|son|sister|brother)\b)`,
        'dg',
      ),
      score: 0.65,
      group: 'name',
    },
    {
      name: 'closing',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['sincerely', 'thanks', 'thank you', 'thank you so much', 'regards', 'best regards', 'warm regards', 'respectfully', 'cheers'])})(?:[,!.][ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)(?<name>${FULL_NAME})`,
        'dg',
      ),
      score: 0.7,
      group: 'name',
    },
    {
      name: 'relation in parentheses',
      regex: new RegExp(String.raw`(?<name>${FULL_NAME})[ \t]{0,2}\((?:self|proxy|${RELATIVE}|hcp|HCP|poa|POA)\)`, 'dg'),
      score: 0.8,
      group: 'name',
    },
    {
      name: 'credential after',
      // Not before a ZIP code: "Quakertown,  PA   19018" is a place.
      regex: new RegExp(String.raw`(?<name>${FULL_NAME}),?\s{1,2}${CREDENTIAL}(?![\w-]|\s{1,4}\d{5})`, 'dg'),
      score: 0.85,
      group: 'name',
    },
  ],
  context: ['dr', 'doctor', 'patient', 'signed', 'attending', 'name'],
  validate: trimToName,
});

/**
 * Drops the words around a name that are not part of it: leading ones ("HPI Lucas is a ...")
 * and everything from the first trailing one ("HELENA THINKS I ...", "Dr. Smith Today").
 * Right after a title the first word is always a name ("Dr. Her", "Dr. Will"), bar a few
 * salutation words ("Dear Dr. Colleague").
 */
function trimToName({ text, start, end, pattern, source }: Candidate): Refinement | false {
  // Initials are kept whole, unless both halves are everyday or clinical words ("and/or", "PT/OT").
  if (pattern.name === 'dictation transcriber') return { start, end };
  if (pattern.name === 'dictation initials before a date' || pattern.name === 'dictation initials after a date') {
    return text.split('/').every((half) => NOT_A_NAME.has(half.toLowerCase())) ? false : { start, end };
  }
  const words = [...text.matchAll(/[^\s,]+/g)];
  const isNotANameAt = (index: number) => isNotAName(words[index][0], index === 0);
  let first = 0;
  if (pattern.name === 'title') {
    if (NOT_A_NAME_AFTER_TITLE.has(normalizedWord(words[0][0]))) return false;
  } else {
    while (first < words.length && isNotANameAt(first)) first++;
    if (first === words.length) return false;
  }
  let last = first;
  // A possessive ends the name: "dr. bekele’s recommendations".
  while (last + 1 < words.length && !/['’]s$/u.test(words[last][0]) && !isNotANameAt(last + 1)) last++;
  const kept = words.slice(first, last + 1);
  // Initials alone ("D." of "MAINTAINED. SEEN BY") are no name.
  if (!kept.some(([word]) => /\p{L}{2}/u.test(word))) return false;
  const possessive = /['’]s$/u.test(words[last][0]) ? 2 : 0;
  const nameStart = start + words[first].index;
  // "LIVES IN EARLSTON, PA": a town and its state, not a physician assistant.
  if (pattern.name === 'credential after' && PLACE_PHRASE_BEFORE.test(source.slice(Math.max(0, nameStart - 16), nameStart))) return false;
  return { start: nameStart, end: start + words[last].index + words[last][0].length - possessive };
}

const PLACE_PHRASE_BEFORE = /\b(?:lives|living|resides|born|moved|from|in|near|to)\s{1,2}$/i;

// Given names that end like a past tense or an adverb.
const NAMES_LIKE_SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'mildred', 'winifred', 'manfred', 'wilfred', 'alfred', 'jared', 'ahmed', 'mohamed', 'mohammed', 'muhammed', 'hamed',
  'javed', 'saeed', 'rasheed', 'waleed', 'khaled', 'naveed', 'fareed', 'zayed', 'majed', 'beverly', 'kimberly',
  'emily', 'shelly', 'kelly', 'holly', 'molly', 'lilly', 'dolly', 'polly', 'sally', 'billy', 'willy', 'wesley',
]);

/**
 * Whether a word is not part of a name. Past tenses and adverbs ("Paged", "SCREENED",
 * "PLEASANTLY") count only where a sentence word is likely: first, or in capitals.
 */
function isNotAName(word: string, isFirst: boolean): boolean {
  const normalized = normalizedWord(word);
  if (NOT_A_NAME.has(normalized)) return true;
  if (!isFirst && word !== word.toUpperCase()) return false;
  return normalized.length >= 5 && /(?:ed|ly)$/.test(normalized) && !NAMES_LIKE_SENTENCE_WORDS.has(normalized);
}

function normalizedWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$|\.$/u, '');
}
