import { caseVariants } from '../case-variants';
import { createPatternRecognizer } from '../pattern-recognizer';

// Capitalised words that follow a name in notes but are not part of it.
const NOT_A_NAME = caseVariants([
  'the', 'this', 'that', 'these', 'he', 'she', 'they', 'his', 'her', 'their', 'it', 'we', 'i', 'you', 'and', 'or', 'but',
  'on', 'at', 'in', 'for', 'with', 'by', 'to', 'from', 'of', 'per', 'as', 'is', 'was', 'has', 'had', 'will', 'would',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'then', 'patient', 'pt', 'name', 'md', 'do', 'rn', 'np', 'pa',
  'phd', 'called', 'said', 'says', 'notes', 'noted', 'reports', 'plan', 'assessment', 'signed', 'date', 'time', 'phone',
  'pager', 'cell', 'tel', 'fax', 'email', 'mrn', 'dob', 'age', 'sex', 'male', 'female', 'clinic', 'hospital', 'center',
  'service', 'team', 'department', 'office', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'unknown', 'none', 'declined', 'not', 'no', 'yes', 'pending', 'here', 'there', 'who', 'which', 'whom',
  'jr', 'sr',
]);
// Names never run across a line break: the next line is a heading or another field.
const GAP = String.raw`[ \t]{1,2}`;
const NAME_WORD = String.raw`(?!(?:${NOT_A_NAME})\b)(?:[A-Z]['’])?[A-Z](?:[a-z]{1,20}(?:[A-Z][a-z]{1,20})?|[A-Z]{1,20})(?:['’][A-Z][A-Za-z]{1,20}|-[A-Z]?[a-z]{1,20})?`;
const INITIAL = String.raw`[A-Z]\.`;
const FULL_NAME = String.raw`(?:${INITIAL}[ \t]{0,2}){0,2}${NAME_WORD}(?:${GAP}(?:[A-Z]\.?(?=[ \t])|${NAME_WORD})){0,2}(?:,?${GAP}(?:Jr|Sr|II|III|IV)\b\.?)?`;
const LAST_COMMA_FIRST = String.raw`${NAME_WORD},${GAP}${NAME_WORD}(?:${GAP}[A-Z]\.?(?![\w]))?`;

const TITLE = String.raw`(?:Dr|DR|Mr|Mrs|MRS|Ms|Miss|Mx|Prof|Rev)\.?|(?:MR|MS)\.`;

// Labels that name a person only when followed by a colon ("Patient: Maria Lopez", not "Patient Education").
const COLON_LABEL = caseVariants([
  'patient name', 'patient', 'pt name', 'pt', 'name', 'contact', 'emergency contact', 'author', 'signed', 'nurse', 'rn',
  'np', 'pa', 'md', 'provider', 'physician', 'guarantor', 'informant', 'interpreter', 'resident', 'fellow', 'intern',
  'cc', 'to', 'from', 'caregiver', 'guardian', 'proxy', 'hcp', 'poa', 'next of kin', 'nok', 'spouse', 'employer',
]);
const PHRASE_LABEL = caseVariants([
  'seen by', 'seen and examined by', 'examined by', 'seen with', 'discussed with', 'spoke with', 'spoke to', 'd/w',
  'dictated by', 'signed by', 'electronically signed by', 'co-signed by', 'cosigned by', 'transcribed by',
  'reviewed by', 'authored by', 'attending', 'attending physician', 'surgeon', 'anesthesiologist', 'pcp',
  'primary care physician', 'primary care provider', 'referring physician', 'referring provider', 'referred by',
  'accompanied by', 'care of', 'c/o', 'covering for', 'on behalf of', 'per', 'paged', 'called', 'consulted',
  '/s/',
]);
const RELATIVE = caseVariants([
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'mom', 'dad', 'sister', 'brother', 'spouse', 'partner',
  'friend', 'niece', 'nephew', 'granddaughter', 'grandson', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin',
  'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'neighbor', 'roommate', 'stepson', 'stepdaughter', 'son-in-law',
  'daughter-in-law', 'caregiver', 'guardian', 'nurse',
]);
const CREDENTIAL = String.raw`(?:M\.D\.|D\.O\.|MD|DO|RN|NP|PA-C|PA|CNM|CRNA|LPN|PhD|DDS|DMD|PharmD|MSW|LICSW|LCSW|FNP-C|FNP|ANP|APRN|DNP|CNP|MBBS)`;

export const titledNameRecognizer = createPatternRecognizer({
  name: 'titled-name',
  labels: ['NAME'],
  patterns: [
    {
      name: 'title',
      regex: new RegExp(String.raw`\b(?:${TITLE})\s{1,2}(?<name>${FULL_NAME})`, 'dg'),
      score: 0.9,
      group: 'name',
    },
    {
      name: 'label and colon',
      regex: new RegExp(
        String.raw`\b(?:${COLON_LABEL})\s{0,2}[:=-]\s{0,3}(?:(?:${TITLE})\s{1,2})?(?<name>${LAST_COMMA_FIRST}|${FULL_NAME})`,
        'dg',
      ),
      score: 0.85,
      group: 'name',
    },
    {
      name: 'phrase',
      regex: new RegExp(
        String.raw`(?<![\w/])(?:${PHRASE_LABEL}):?\s{1,3}(?:(?:${TITLE})\s{1,2})?(?<name>${LAST_COMMA_FIRST}|${FULL_NAME})`,
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
      name: 'credential after',
      regex: new RegExp(String.raw`(?<name>${FULL_NAME}),?\s{1,2}${CREDENTIAL}(?![\w-])`, 'dg'),
      score: 0.85,
      group: 'name',
    },
  ],
  context: ['dr', 'doctor', 'patient', 'signed', 'attending', 'name'],
});
