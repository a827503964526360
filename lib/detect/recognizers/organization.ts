import { CLINICAL_WORDS } from '../allowlist-data';
import { normalizedTokens } from '../allowlist';
import { caseVariants } from '../case-variants';
import { COMMON_WORDS } from '../common-words';
import { createPatternRecognizer } from '../pattern-recognizer';

// Head words are capitalised in a name ("Mercy Hospital"); lower case they are just nouns ("the hospital").
const HEAD = caseVariants(
  [
    'Hospital', 'Hospitals', 'Medical Center', 'Medical Centre', 'Health Center', 'Health Centre', 'Clinic', 'Clinics',
    'Health System', 'Health Systems', 'Healthcare', 'Health Care', 'Health', 'Infirmary', 'Institute', 'Medical Group',
    'Medical Associates', 'Associates', 'Physicians', 'Practice', 'Pharmacy', 'Nursing Home', 'Nursing Facility',
    'Rehabilitation Center', 'Rehabilitation Hospital', 'Rehab Center', 'Hospice', 'Urgent Care', 'University',
    'College', 'School', 'Academy', 'Laboratory', 'Laboratories', 'Labs', 'Home Health', 'Assisted Living',
    'Senior Living', 'Center', 'Centre', 'Foundation', 'Church', 'Company', 'Inc', 'LLC', 'Corp', 'Corporation',
    'Group', 'Partners', 'Medicine', 'Pediatrics', 'Orthopedics', 'Orthopaedics', 'Cardiology', 'Dermatology',
    'Oncology', 'Neurology', 'Urology', 'Gastroenterology', 'Pulmonology', 'Rheumatology', 'Endocrinology',
    'Ophthalmology', 'Psychiatry', 'Behavioral Health', 'Mental Health', 'Dental', 'Dentistry', 'Pavilion', 'Wing',
    'Tower', 'House', 'Manor', 'VA', 'VAMC',
  ],
  { lowerCase: false },
);
// Not "at": "Lives at Sunrise Manor", "Ashleigh at Fallon Clinic" put a person or verb before it.
const CONNECTOR = String.raw`(?:of|the|and|for|de|la|del|&)`;
const GAP = String.raw`[ \t]{1,2}`;
const ORG_WORD = String.raw`\b(?:(?:St|Mt|Ft)\.|[A-Z][A-Za-z'’&-]{0,24})`;
const NAMED_PART = String.raw`${ORG_WORD}(?:${GAP}(?:${CONNECTOR}${GAP})?${ORG_WORD}){0,4}`;
// A store or ward number belongs to the name: "CVS Pharmacy #1376", "Ellison House 10".
const NUMBER_SUFFIX = String.raw`(?:${GAP}#?\d{1,5}[A-Z]?\b)?`;

const PERSONAL_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof']);
const HEAD_WORDS: ReadonlySet<string> = new Set(normalizedTokens(HEAD.replace(/\|/g, ' ')));
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...HEAD_WORDS,
  ...CLINICAL_WORDS,
  ...COMMON_WORDS,
  'st', 'saint', 'mount', 'mt', 'de', 'la', 'del', 'general', 'regional', 'community', 'county', 'memorial', 'university',
]);

export const organizationRecognizer = createPatternRecognizer({
  name: 'organization',
  labels: ['ORGANIZATION'],
  patterns: [
    {
      name: 'name then institution',
      regex: new RegExp(
        String.raw`${NAMED_PART}${GAP}(?:${HEAD})\b(?![ \t]{0,2}:)(?:${GAP}(?:of|at)${GAP}${ORG_WORD}(?:${GAP}${ORG_WORD}){0,2})?${NUMBER_SUFFIX}`,
        'g',
      ),
      score: 0.75,
    },
    {
      name: 'institution of place',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['University', 'College', 'Hospital', 'School', 'Institute', 'Church', 'Bank'], { lowerCase: false })})${GAP}of${GAP}(?:the${GAP})?${ORG_WORD}(?:${GAP}${ORG_WORD}){0,3}`,
        'g',
      ),
      score: 0.7,
    },
    {
      name: 'employer',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['works', 'work', 'worked', 'working', 'employed', 'employee', 'job', 'retired', 'volunteers', 'volunteer'])})\b(?:[ \t]{1,2}[a-z]{1,15}){0,4}${GAP}(?:${caseVariants(['at', 'for', 'by', 'with', 'from'])})${GAP}(?:(?:the|The|THE)${GAP})?(?<employer>${ORG_WORD}(?:${GAP}(?:&${GAP})?${ORG_WORD}){0,3})`,
        'dg',
      ),
      score: 0.7,
      group: 'employer',
    },
  ],
  context: ['at', 'from', 'to', 'transferred', 'admitted', 'hospital', 'works', 'employed', 'employer', 'school', 'attends'],
  validate: ({ text }) => {
    const tokens = normalizedTokens(text);
    // "Doctor Onose at Lakeside Clinic": a person at an institution, found by the name recognizer.
    if (PERSONAL_TITLES.has(tokens[0])) return false;
    // In capitals every word looks like a name: "REFERRED TO BEHAVIORAL HEALTH", "DO NOT DRIVE WHILE TAKING PAIN MEDICINE".
    const isSentenceWord = (token: string) => !HEAD_WORDS.has(token) && (COMMON_WORDS.has(token) || /(?:ed|ing|ly)$/.test(token));
    if (text === text.toUpperCase() && tokens.some(isSentenceWord)) {
      return false;
    }
    // "General Hospital", "Cardiology Clinic": departments, not named institutions.
    return tokens.some((token) => !GENERIC_WORDS.has(token) && !/^\d+$/.test(token) && token.length > 1);
  },
});
