import type { PhiLabel, Redaction } from '../detect/types';

/** A run of text, marked when it is an identifier (original side) or its placeholder (redacted side). */
export interface Segment {
  text: string;
  label?: PhiLabel;
}

export interface Exposure {
  original: Segment[];
  redacted: Segment[];
}

/**
 * Splits a note and its redaction into matching runs, so that a page can show what a chatbot
 * would receive next to what NoteGuard would paste, identifiers and placeholders highlighted.
 * The redaction's replacements include every repeat of a found text.
 */
export function exposureSegments(text: string, redaction: Redaction): Exposure {
  const original: Segment[] = [];
  const redacted: Segment[] = [];
  let position = 0;
  for (const { finding, replacement } of [...redaction.replacements].sort((a, b) => a.finding.start - b.finding.start)) {
    if (finding.start < position) continue;
    const between = text.slice(position, finding.start);
    if (between) {
      original.push({ text: between });
      redacted.push({ text: between });
    }
    original.push({ text: text.slice(finding.start, finding.end), label: finding.label });
    redacted.push({ text: replacement, label: finding.label });
    position = finding.end;
  }
  const rest = text.slice(position);
  if (rest) {
    original.push({ text: rest });
    redacted.push({ text: rest });
  }
  return { original, redacted };
}

/** One identifier as a class sees it: its placeholder and every way it was written in the note. */
export interface ExplainedIdentifier {
  placeholder: string;
  label: PhiLabel;
  texts: string[];
}

/** The distinct identifiers of a redaction, in the order they first appear. */
export function explainedIdentifiers(text: string, redaction: Redaction): ExplainedIdentifier[] {
  const byPlaceholder = new Map<string, ExplainedIdentifier>();
  for (const { finding, replacement } of [...redaction.replacements].sort((a, b) => a.finding.start - b.finding.start)) {
    const written = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
    const entry = byPlaceholder.get(replacement) ?? { placeholder: replacement, label: finding.label, texts: [] };
    if (!entry.texts.includes(written)) entry.texts.push(written);
    byPlaceholder.set(replacement, entry);
  }
  return [...byPlaceholder.values()];
}

/**
 * Marks the phrases (quasi-identifiers such as a rare condition or a small town) that are still
 * in a text, each occurrence once. Phrases not in the text are ignored.
 */
export function markPhrases(text: string, phrases: readonly string[]): { text: string; marked: boolean }[] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const runs: { text: string; marked: boolean }[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start < position) continue;
    if (start > position) runs.push({ text: text.slice(position, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) runs.push({ text: text.slice(position), marked: false });
  return runs;
}
