import { CLINICAL_WORDS } from '../allowlist-data';
import { normalizedTokens } from '../allowlist';
import { caseVariants } from '../case-variants';
import { COMMON_WORDS } from '../common-words';
import { createPatternRecognizer, type Candidate, type Refinement } from '../pattern-recognizer';

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
    'Tower', 'House', 'Manor', 'VA', 'VAMC', 'Medical', 'Unit',
  ],
  { lowerCase: false },
);
// Not "at": "Lives at Sunrise Manor", "Ashleigh at Fallon Clinic" put a person or verb before it.
const CONNECTOR = String.raw`(?:of|the|and|for|de|la|del|&)`;
const GAP = String.raw`[ \t]{1,2}`;
const ORG_WORD = String.raw`\b(?:(?:St|Mt|Ft|ST|MT|FT)\.|[A-Z][A-Za-z'’&-]{0,24})`;
// Verbs of care that put a facility after them ("transferred to UMH", "followed at Saint Agnes").
const CARE_AT = caseVariants([
  'admitted to', 'transferred to', 'transferred from', 'seen at', 'evaluated at', 'treated at', 'followed at',
  'hospitalized at', 'presented to', 'presented at', 'returns to', 'return to', 'discharged to', 'care at',
  'delivered at', 'follow up at', 'follows at',
]);
const NAMED_PART = String.raw`${ORG_WORD}(?:${GAP}(?:${CONNECTOR}${GAP})?${ORG_WORD}){0,4}`;
// A store or ward number belongs to the name: "CVS Pharmacy #1376", "Ellison House 10".
const NUMBER_SUFFIX = String.raw`(?:${GAP}#?\d{1,5}[A-Z]?\b)?`;

const PERSONAL_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof']);
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del']);
// "DR. BOGOSAVAC OF NEUROLOGY" is a person of a department.
const PERSONAL_TITLE_BEFORE = /\b(?:dr|doctor|mr|mrs|ms|miss|prof)\.?\s{0,2}$/i;
const HEAD_WORDS: ReadonlySet<string> = new Set(normalizedTokens(HEAD.replace(/\|/g, ' ')));
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...HEAD_WORDS,
  ...CLINICAL_WORDS,
  ...COMMON_WORDS,
  'st', 'saint', 'mount', 'mt', 'de', 'la', 'del', 'general', 'regional', 'community', 'county', 'memorial', 'university',
  'snf', 'ltac', 'ltach', 'alf', 'ird', 'irf', 'tcu', 'step', 'down', 'up',
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
      name: 'facility after care',
      regex: new RegExp(
        // No "for" inside: "transferred from Freeman Clinic for higher level of care".
        String.raw`\b(?:${CARE_AT})${GAP}(?:(?:the|The|THE)${GAP})?(?<facility>${ORG_WORD}(?:${GAP}(?:(?:of|the|and|de|la|del|&)${GAP})?${ORG_WORD}){0,4})`,
        'dg',
      ),
      score: 0.6,
      group: 'facility',
    },
    {
      // "cath at MGH", "seen at BWH": a hospital acronym ends in H; clinical ones (BPH, LVH, TSH) do too.
      // Only after a lower-case "at": in capitals "AT BIRTH" looks the same.
      name: 'hospital acronym',
      regex: /\b(?:at|At)[ \t]{1,2}(?<acronym>(?!(?:BPH|LVH|RVH|ICH|SAH|IVH|PPH|CAH|TSH|SIADH|LH|GH|HH|DH|MH|NH)\b)[A-Z]{2,4}H)\b/dg,
      score: 0.6,
      group: 'acronym',
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
  validate: trimToInstitution,

});

/** Verbs and function words that a run of capitals sweeps up: "LAST SEEN AT KRUGER MEDICAL CENTER ON". */
function isSentenceWord(token: string): boolean {
  return !HEAD_WORDS.has(token) && !CONNECTOR_WORDS.has(token) && (COMMON_WORDS.has(token) || (token.length >= 5 && /(?:ed|ing|ly)$/.test(token)));
}

function isEdgeNoise(token: string): boolean {
  return isSentenceWord(token) || CONNECTOR_WORDS.has(token);
}

/**
 * Drops the sentence words a run of capitals picks up around a name, then keeps the candidate
 * only if what is left names a particular institution: not a person ("Doctor Onose at ..."),
 * not a sentence in capitals ("REFERRED TO BEHAVIORAL HEALTH"), not a department ("General Hospital").
 */
function trimToInstitution({ text, start, source }: Candidate): Refinement | false {
  if (PERSONAL_TITLE_BEFORE.test(source.slice(Math.max(0, start - 8), start))) return false;
  const words = [...text.matchAll(/\S+/g)];
  let first = 0;
  while (first < words.length && isEdgeNoise(normalizedTokens(words[first][0])[0] ?? '')) first++;
  if (first === words.length) return false;
  const tokenAt = (index: number) => normalizedTokens(words[index][0])[0] ?? '';
  let last = words.length - 1;
  // After the institution's last head word, "for" or a sentence word ends the name:
  // "FREEMAN CLINIC FOR HIGHER LEVEL OF CARE" (but "University of Michigan" goes on).
  let head = -1;
  for (let index = first; index <= last; index++) if (HEAD_WORDS.has(tokenAt(index))) head = index;
  if (head >= 0) {
    const end = words.findIndex((_, index) => index > head && (tokenAt(index) === 'for' || isSentenceWord(tokenAt(index))));
    if (end > 0) last = end - 1;
  }
  while (last > first && isEdgeNoise(tokenAt(last))) last--;
  const end = words[last].index + words[last][0].length;
  const kept = text.slice(words[first].index, end);
  const tokens = normalizedTokens(kept);
  if (PERSONAL_TITLES.has(tokens[0])) return false;
  if (kept === kept.toUpperCase() && tokens.some(isSentenceWord)) return false;
  if (!tokens.some((token) => !GENERIC_WORDS.has(token) && !/^\d+$/.test(token) && token.length > 1)) return false;
  return { start: start + words[first].index, end: start + end };
}
