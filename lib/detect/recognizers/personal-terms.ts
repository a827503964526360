import type { Finding, PhiLabel, Recognizer } from '../types';
import { dateRecognizer } from './date';

const BETWEEN_WORDS = String.raw`[^\p{L}\p{N}]{0,3}`;
/** Parts of a registered name shorter than this ("de", "la", "Jo") are too common to match alone. */
const MIN_PART_LENGTH = 3;

/**
 * The terms a person registered (own name, relatives, MRN, date of birth). A term matches
 * whatever its case and spacing ("maria  LOPEZ", "Maria-Lopez"). Each part of a multi-word
 * name of three letters or more matches on its own too, but only capitalised, so that a
 * registered "May Wills" still lets "may" and "wills" through in running text.
 */
export const personalTermsRecognizer: Recognizer = {
  name: 'personal-terms',
  labels: ['NAME', 'DATE', 'ID', 'EMAIL', 'PHONE'],
  recognize(text, { personalTerms }) {
    return personalTerms.flatMap((term) => {
      const words = term.match(/[\p{L}\p{N}]+/gu);
      if (!words) return [];
      const label = labelOfTerm(term);
      const whole = matchSource(text, words.map(escapeRegExp).join(BETWEEN_WORDS), label, 1, 'giu');
      if (label !== 'NAME' || words.length === 1) return whole;
      const parts = words
        .filter((word) => word.length >= MIN_PART_LENGTH)
        .flatMap((part) => {
          const capitalisedPart = `(?:${escapeRegExp(capitalise(part))}|${escapeRegExp(part.toUpperCase())})`;
          return matchSource(text, capitalisedPart, label, 0.9, 'gu');
        });
      return whole.concat(parts);
    });
  },
};

function matchSource(text: string, source: string, label: PhiLabel, score: number, flags: string): Finding[] {
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, flags);
  return [...text.matchAll(regex)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    label,
    score,
    source: personalTermsRecognizer.name,
  }));
}

function labelOfTerm(term: string): PhiLabel {
  if (/^\S+@\S+\.\S+$/.test(term)) return 'EMAIL';
  const dates = dateRecognizer.recognize(term, { personalTerms: [] }) as Finding[];
  if (dates.some((finding) => finding.start === 0 && finding.end === term.trim().length)) return 'DATE';
  if (/^[\d\s().+-]{10,}$/.test(term) && (term.match(/\d/g)?.length ?? 0) >= 10) return 'PHONE';
  return /\d/.test(term) ? 'ID' : 'NAME';
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
