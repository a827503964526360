import { PHI_LABELS } from './types';

/** The marker that `redact` writes in place of a span removed with dateStyle 'remove'. */
export const REMOVED_MARKER = '[removed]';

/**
 * Matches what `redact` writes: "[NAME 1]", "[DATE 2, 2024]", "[removed]". Text that has
 * already been through NoteGuard must not be flagged again on a second paste.
 */
export const PLACEHOLDER_PATTERN = new RegExp(
  String.raw`\[(?:(?:${PHI_LABELS.join('|')}) \d{1,6}(?:, \d{4})?|removed)\]`,
  'g',
);

/** [start, end) ranges of NoteGuard placeholders in the text. */
export function placeholderRanges(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(PLACEHOLDER_PATTERN.source, 'g'))].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}
