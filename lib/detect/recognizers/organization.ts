import { isMedicalWord, normalizedTokens } from '../allowlist';
import { caseVariants } from '../case-variants';
import { createPatternRecognizer } from '../pattern-recognizer';

const HEAD = caseVariants([
  'Hospital', 'Hospitals', 'Medical Center', 'Medical Centre', 'Health Center', 'Health Centre', 'Clinic', 'Clinics',
  'Health System', 'Health Systems', 'Healthcare', 'Health Care', 'Health', 'Infirmary', 'Institute', 'Medical Group',
  'Medical Associates', 'Associates', 'Physicians', 'Practice', 'Pharmacy', 'Nursing Home', 'Nursing Facility',
  'Rehabilitation Center', 'Rehabilitation Hospital', 'Rehab Center', 'Hospice', 'Urgent Care', 'University',
  'College', 'School', 'Academy', 'Laboratory', 'Laboratories', 'Labs', 'Home Health', 'Assisted Living',
  'Senior Living', 'Dialysis Center', 'Surgery Center', 'Surgical Center', 'Imaging Center', 'Cancer Center',
  'Center', 'Centre', 'Foundation', 'Church', 'Company', 'Inc', 'LLC', 'Corp', 'Corporation', 'Group', 'Partners',
  'Medicine', 'Pediatrics', 'Family Medicine', 'Internal Medicine', 'VA', 'VAMC', 'Medical',
]);
const CONNECTOR = String.raw`(?:of|the|and|for|at|de|la|del|&)`;
const GAP = String.raw`[ \t]{1,2}`;
const ORG_WORD = String.raw`(?:[A-Z][A-Za-z'’.&-]{0,24}|[A-Z]{2,10})`;
const NAMED_PART = String.raw`${ORG_WORD}(?:${GAP}(?:${CONNECTOR}${GAP})?${ORG_WORD}){0,4}`;
const HEAD_WORDS: ReadonlySet<string> = new Set(normalizedTokens(HEAD.replace(/\|/g, ' ')));
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'at', 'de', 'la', 'del', 'st', 'saint', 'mount', 'mt']);

export const organizationRecognizer = createPatternRecognizer({
  name: 'organization',
  labels: ['ORGANIZATION'],
  patterns: [
    {
      name: 'name then institution',
      regex: new RegExp(String.raw`\b${NAMED_PART}${GAP}(?:${HEAD})\b(?:${GAP}(?:of|at)${GAP}${ORG_WORD}(?:${GAP}${ORG_WORD}){0,2})?`, 'g'),
      score: 0.75,
    },
    {
      name: 'institution of place',
      regex: new RegExp(
        String.raw`\b(?:${caseVariants(['University', 'College', 'Hospital', 'School', 'Institute', 'Church', 'Bank'])})${GAP}of${GAP}(?:the${GAP})?${ORG_WORD}(?:${GAP}${ORG_WORD}){0,3}`,
        'g',
      ),
      score: 0.7,
    },
  ],
  context: ['at', 'from', 'to', 'transferred', 'admitted', 'hospital', 'works', 'employed', 'employer', 'school', 'attends'],
  validate: ({ text }) => {
    // "General Hospital", "Cardiology Clinic", "Internal Medicine": departments, not named institutions.
    const distinctive = normalizedTokens(text).filter(
      (token) => !HEAD_WORDS.has(token) && !CONNECTOR_WORDS.has(token) && !isMedicalWord(token),
    );
    return distinctive.length > 0;
  },
});
