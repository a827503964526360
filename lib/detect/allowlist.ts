import { CLINICAL_ABBREVIATIONS, CLINICAL_WORDS, EPONYM_NAMES, EPONYMS, EVERYDAY_WORDS, MEDICAL_PHRASES, MEDICAL_WORDS } from './allowlist-data';
import { isLowerCaseAmongCapitals } from './ner/recognizer';
import { RELATIVE_WORDS } from './common-words';
import { MODEL_SOURCE, type Finding, type PhiLabel } from './types';

/** Only these labels are prone to medical vocabulary mistaken for PHI. */
const GUARDED_LABELS: ReadonlySet<PhiLabel> = new Set(['NAME', 'ADDRESS', 'ORGANIZATION']);

const EPONYM_SET: ReadonlySet<string> = new Set(EPONYMS);
const EPONYM_NAME_SET: ReadonlySet<string> = new Set(EPONYM_NAMES);
// Nouns that make the word before them an eponym: "Wilson disease", "Bell's palsy", "Murphy sign".
const EPONYM_NOUN_AFTER = /^['’]?s?\s{1,2}(?:disease|syndrome|signs?|catheter|score|reflex|palsy|lymphoma|sarcoma|tumou?r|test|maneuver|manoeuvre|phenomenon|triad|law|rule|criteria|classification|scale|procedure|operation|repair|nodes?|ulcer|fracture|disorder|esophagus|oesophagus|murmur|breathing|respirations|fixation|equation|solution|tube|stockings?)\b/i;
// With the short forms that are no one's name ("Sun" and "Sat" are).
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri']);
const RELATIVE_WORD_SET: ReadonlySet<string> = new Set(RELATIVE_WORDS);
/** Words that join abbreviations in shorthand: "ogt to lcws", "AKI on CKD". */
const SHORTHAND_LINKS: ReadonlySet<string> = new Set(['to', 'on', 'of', 'at', 'in', 'and', 'w', 'per', 'via', 'for', 'from']);
const MEDICAL_WORD_SET: ReadonlySet<string> = new Set(MEDICAL_WORDS);
const MEDICAL_PHRASE_SET: ReadonlySet<string> = new Set(MEDICAL_PHRASES);
const CLINICAL_WORD_SET: ReadonlySet<string> = new Set(CLINICAL_WORDS);
const ABBREVIATION_SET: ReadonlySet<string> = new Set(CLINICAL_ABBREVIATIONS);
const EVERYDAY_WORD_SET: ReadonlySet<string> = new Set(EVERYDAY_WORDS);

// Generic drug names end in a handful of stems (WHO INN); no common name does.
const DRUG_STEM = /(?:pril|olol|alol|statin|sartan|mab|tinib|cillin|mycin|floxacin|conazole|prazole|dipine|tidine|semide|thiazide|parin|xaban|gatran|gliptin|gliflozin|glutide|triptan|setron|azepam|zolam|codone|morphone|barbital|profen|oxacin|cycline|vir|navir|tadine|afil|lukast|terol|sonide|asone|olone|trexate|platin|rubicin|poetin)$/;

function isMedicalWord(token: string): boolean {
  return MEDICAL_WORD_SET.has(token) || (token.length > 5 && DRUG_STEM.test(token));
}

/** A title or salutation right before an eponym makes it a person again: "Dr. Foley", "Dear Turner". */
const PERSONAL_TITLE_BEFORE = /\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|nurse|rn|md|dear|hi|hello)\.?\s{0,3}$/i;

/**
 * Whether a finding is medical vocabulary rather than PHI: "Parkinson disease", "Foley
 * catheter", "Apgar", "Room air", "Level 3". Terms a person registered are never allow-listed.
 */
export function isAllowListed(text: string, finding: Finding): boolean {
  if (!GUARDED_LABELS.has(finding.label) || finding.source === 'personal-terms') return false;
  const tokens = normalizedTokens(text.slice(finding.start, finding.end));
  if (tokens.length === 0) return false;
  if (MEDICAL_PHRASE_SET.has(tokens.join(' '))) return true;
  // The medical dictionary also lists ordinary words ("Health", "System", "Methodist") that name
  // institutions and places; only a name is dropped for being made of dictionary words.
  // A title makes a name of any word: "Mr Watanabe", "Dr. Brown", "Dr. Foley".
  if (finding.label === 'NAME' && PERSONAL_TITLE_BEFORE.test(text.slice(Math.max(0, finding.start - 8), finding.start))) return false;
  // "coughing since Tuesday": a day of the week alone identifies no one.
  if (tokens.every((token) => WEEKDAYS.has(token))) return true;
  const isVocabulary = finding.label === 'NAME' ? isMedicalWord : isClinicalWord;
  // The model reads a short word in capitals as a name or place ("AKI on CKD", "NYHA III"); the
  // rules that find initials on purpose ("Transcribed by: HR") are not second-guessed.
  const isAbbreviation = (token: string) => ABBREVIATION_SET.has(token) || isVocabulary(token) || /^\d+$/.test(token);
  if (finding.source === MODEL_SOURCE && tokens.some((token) => ABBREVIATION_SET.has(token)) && tokens.every((token) => isAbbreviation(token) || SHORTHAND_LINKS.has(token))) return true;
  // "dtr", "son": a kinship word alone names no one; in capitals it may be a surname ("Son").
  if (finding.source === MODEL_SOURCE && !/\p{Lu}/u.test(text.slice(finding.start, finding.end)) && tokens.every((token) => RELATIVE_WORD_SET.has(token))) return true;
  if (finding.source === MODEL_SOURCE && isEverydayPhrase(text, finding, tokens)) return true;
  if (tokens.some(isVocabulary) && tokens.every((token) => isVocabulary(token) || /^\d+$/.test(token))) return true;
  if (!tokens.every((token) => EPONYM_SET.has(token) || EPONYM_NAME_SET.has(token) || isVocabulary(token))) return false;
  return !tokens.some((token) => EPONYM_NAME_SET.has(token)) || EPONYM_NOUN_AFTER.test(text.slice(finding.end, finding.end + 30));
}

const INFLECTED = /(?:ing|ed|ly)$/u;

/**
 * A model's name made only of everyday words that are no one's name ("Caller:", "Copy to",
 * "self", "wrote"): the model reads a capital at the start of a line or a sentence, or a word it
 * never saw, as a name. A capitalised word inside a sentence may be a surname that is also a
 * word ("seen by Page"), and stays. Places and employers are left alone: "heritage children's
 * hospital" is made of everyday words too.
 */
function isEverydayPhrase(text: string, finding: Finding, tokens: readonly string[]): boolean {
  if (finding.label !== 'NAME' || !tokens.every((token) => EVERYDAY_WORD_SET.has(token))) return false;
  const span = text.slice(finding.start, finding.end);
  // Inflected verbs and adverbs name no one, whatever the case ("3 DAYS OF INCREASING DYSPNEA").
  if (tokens.every((token) => INFLECTED.test(token))) return true;
  // In a note written all in lower case, case says nothing ("encouraged cash to call").
  if (!/\p{Lu}/u.test(span)) return isLowerCaseAmongCapitals(text, finding);
  return !/^\p{Lu}{2}/u.test(span) && startsLineOrSentence(text, finding.start);
}

function startsLineOrSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  // A bullet or a list number may come first ("- Caller:", "2. Copy to").
  if (/[\n\r][ \t]*(?:[-*•▪#]|\d{1,2}[.)])?[ \t]*$/u.test(before)) return true;
  if (start <= 12 && /^[ \t]*(?:[-*•▪#]|\d{1,2}[.)])?[ \t]*$/u.test(before)) return true;
  // Not after a colon: a field's value may be a name that is also a word ("HCP: Cash Fields").
  return /[.!?]["')\]]?[ \t]+$/u.test(before);
}

function isClinicalWord(token: string): boolean {
  return CLINICAL_WORD_SET.has(token) || (token.length > 5 && DRUG_STEM.test(token));
}

/** Lower-case words without possessives, so "Parkinson's" and "PARKINSON" compare equal. */
export function normalizedTokens(span: string): string[] {
  return (span.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((token) =>
    token.replace(/['’]s$/u, ''),
  );
}
