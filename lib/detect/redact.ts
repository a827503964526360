import { expandYear } from './calendar';
import { normalizedTokens } from './allowlist';
import { mergeFindings } from './merge';
import { REMOVED_MARKER } from './placeholder';
import type { Finding, PhiLabel, RedactOptions, Redaction } from './types';

/** The source of findings that `redact` adds for repeats of a found span elsewhere in the text. */
export const REPEAT_SOURCE = 'repeat';

/**
 * Replaces every finding with a typed placeholder, numbered so that the same person, date or
 * number keeps the same placeholder throughout the text ("[NAME 1] … [NAME 1]").
 *
 * Guarantee: outside the placeholders, the redacted text holds no whole-word occurrence
 * (ignoring case and spacing) of any finding's text trimmed to its letters and digits.
 * Findings usually catch a name only where a title or keyword marks it, so every other
 * occurrence of that text is redacted too.
 */
export function redactFindings(text: string, findings: readonly Finding[], options: RedactOptions = {}): Redaction {
  const clamped = findings.flatMap((finding) => clampToText(finding, text.length));
  const disjoint = mergeFindings(clamped, text, { minRemnantLength: 1 });
  const numbering = new PlaceholderNumbering();
  const replacementOf = new Map<Finding, string>();
  for (const finding of disjoint) {
    replacementOf.set(finding, placeholderFor(text, finding, numbering, options));
  }
  // Terms come from the findings as given, not as merged: a merge may join "Al" into "Al Reyes",
  // and a lone "Al" elsewhere must still go.
  const terms = clamped.flatMap((finding) => {
    const container = firstOverlapping(disjoint, finding);
    return container ? [{ finding: container, text: text.slice(finding.start, finding.end), replacement: replacementOf.get(container) ?? '' }] : [];
  });
  const repeats = findRepeats(text, terms, disjoint);
  const intervals = unionIntervals([...disjoint, ...repeats.keys()], (finding) =>
    replacementOf.get(finding) ?? repeats.get(finding) ?? '',
  );

  let redacted = '';
  let position = 0;
  for (const interval of intervals) {
    redacted += text.slice(position, interval.start) + interval.replacement;
    position = interval.end;
  }
  redacted += text.slice(position);
  return {
    text: redacted,
    replacements: intervals.map(({ finding, replacement }) => ({ finding, replacement })),
  };
}

function clampToText(finding: Finding, length: number): Finding[] {
  const start = Math.max(0, finding.start);
  const end = Math.min(length, finding.end);
  return end > start ? [{ ...finding, start, end }] : [];
}

function placeholderFor(text: string, finding: Finding, numbering: PlaceholderNumbering, options: RedactOptions): string {
  const spanText = text.slice(finding.start, finding.end);
  const number = numbering.numberFor(finding.label, spanText);
  if (finding.label !== 'DATE') return `[${finding.label} ${number}]`;
  switch (options.dateStyle ?? 'placeholder') {
    case 'remove':
      return REMOVED_MARKER;
    case 'keep-year': {
      const year = yearOf(spanText);
      return year === undefined ? `[DATE ${number}]` : `[DATE ${number}, ${year}]`;
    }
    case 'placeholder':
      return `[DATE ${number}]`;
  }
}

/** The year a date states, if it states one: "March 14, 2024", "3/14/24", "Mar '24". */
export function yearOf(date: string): number | undefined {
  const fourDigits = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(date);
  if (fourDigits) return Number(fourDigits[0]);
  const twoDigits = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?!\d)|'(\d{2})(?!\d)/.exec(date);
  const digits = twoDigits?.[1] ?? twoDigits?.[2];
  return digits === undefined ? undefined : expandYear(Number(digits), 2);
}

/**
 * Numbers placeholders per label. Equal texts (ignoring case, spacing and possessives) share
 * a number; for names, a shorter mention ("Ms. Lopez", "Lopez") shares the number of the one
 * earlier full name that contains it, when exactly one does.
 */
class PlaceholderNumbering {
  private readonly byKey = new Map<string, number>();
  private readonly names: { tokens: ReadonlySet<string>; number: number }[] = [];
  private readonly counts = new Map<PhiLabel, number>();

  numberFor(label: PhiLabel, spanText: string): number {
    const tokens = normalizedTokens(spanText);
    const key = `${label}:${tokens.join(' ')}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const number = (label === 'NAME' && this.sameNameAs(tokens)) || this.next(label);
    this.byKey.set(key, number);
    if (label === 'NAME') this.names.push({ tokens: new Set(tokens), number });
    return number;
  }

  private sameNameAs(tokens: readonly string[]): number | undefined {
    const parts = tokens.filter((token) => token.length > 1);
    if (parts.length === 0) return undefined;
    const matches = new Set(
      this.names.filter((name) => parts.every((part) => name.tokens.has(part))).map((name) => name.number),
    );
    return matches.size === 1 ? [...matches][0] : undefined;
  }

  private next(label: PhiLabel): number {
    const number = (this.counts.get(label) ?? 0) + 1;
    this.counts.set(label, number);
    return number;
  }
}

interface RepeatTerm {
  readonly pattern: RegExp;
  readonly replacement: string;
  readonly finding: Finding;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_AT = /[\p{L}\p{N}]+/uy;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Other occurrences of found texts. A character inside a redacted range counts as a word
 * boundary (redaction will replace it), so the search runs until no new occurrence appears.
 */
interface FoundTerm {
  /** The redacted finding whose placeholder repeats of this text get. */
  readonly finding: Finding;
  readonly text: string;
  readonly replacement: string;
}

/** The first of sorted, disjoint findings that overlaps `finding`. */
function firstOverlapping(disjoint: readonly Finding[], finding: Finding): Finding | undefined {
  let low = 0;
  let high = disjoint.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (disjoint[middle].end <= finding.start) low = middle + 1;
    else high = middle;
  }
  const candidate = disjoint[low];
  return candidate && candidate.start < finding.end ? candidate : undefined;
}

function findRepeats(text: string, foundTerms: readonly FoundTerm[], findings: readonly Finding[]): Map<Finding, string> {
  const termsByFirstWord = new Map<string, RepeatTerm[]>();
  const seen = new Set<string>();
  for (const { finding, text: found, replacement } of foundTerms) {
    const core = found.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const firstWord = core.match(WORD)?.[0]?.toLowerCase();
    if (firstWord === undefined || seen.has(core.toLowerCase())) continue;
    seen.add(core.toLowerCase());
    const source = core.split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`);
    const terms = termsByFirstWord.get(firstWord) ?? [];
    terms.push({ pattern: new RegExp(source, 'iuy'), replacement, finding });
    termsByFirstWord.set(firstWord, terms);
  }
  for (const terms of termsByFirstWord.values()) terms.sort((a, b) => b.pattern.source.length - a.pattern.source.length);

  const repeats = new Map<Finding, string>();
  const covered = new CoveredRanges(findings);
  for (let added = true; added; ) {
    added = false;
    for (const start of candidateStarts(text, covered)) {
      WORD_AT.lastIndex = start;
      // The word ends where a redacted range begins: "GHWG" with "H" redacted starts with the word "G".
      const word = WORD_AT.exec(text)?.[0].slice(0, covered.nextStartAfter(start) - start).toLowerCase();
      const terms = word === undefined ? undefined : termsByFirstWord.get(word);
      for (const term of terms ?? []) {
        term.pattern.lastIndex = start;
        const match = term.pattern.exec(text);
        if (!match) continue;
        const end = start + match[0].length;
        if (WORD_CHAR.test(text[end] ?? '') && !covered.contains(end)) continue;
        if (covered.coversAll(start, end)) break;
        const repeat: Finding = { ...term.finding, start, end, source: REPEAT_SOURCE };
        repeats.set(repeat, term.replacement);
        covered.add(start, end);
        added = true;
        break;
      }
    }
  }
  return repeats;
}

/** Where a whole-word occurrence may begin: after a non-word character, or right after a redacted range. */
function* candidateStarts(text: string, covered: CoveredRanges): Generator<number> {
  const starts = new Set<number>();
  for (const match of text.matchAll(WORD)) if (!covered.contains(match.index)) starts.add(match.index);
  for (const end of covered.ends()) if (end < text.length && WORD_CHAR.test(text[end])) starts.add(end);
  yield* [...starts].sort((a, b) => a - b);
}

/** Sorted, disjoint [start, end) ranges that grow as repeats are found. */
class CoveredRanges {
  private ranges: [number, number][] = [];

  constructor(findings: readonly Finding[]) {
    for (const finding of findings) this.add(finding.start, finding.end);
  }

  add(start: number, end: number): void {
    const index = this.firstEndingAfter(start - 1);
    let newStart = start;
    let newEnd = end;
    let removeCount = 0;
    while (index + removeCount < this.ranges.length && this.ranges[index + removeCount][0] <= end) {
      newStart = Math.min(newStart, this.ranges[index + removeCount][0]);
      newEnd = Math.max(newEnd, this.ranges[index + removeCount][1]);
      removeCount++;
    }
    this.ranges.splice(index, removeCount, [newStart, newEnd]);
  }

  contains(position: number): boolean {
    const range = this.ranges[this.firstEndingAfter(position)];
    return range !== undefined && range[0] <= position;
  }

  coversAll(start: number, end: number): boolean {
    const range = this.ranges[this.firstEndingAfter(start)];
    return range !== undefined && range[0] <= start && range[1] >= end;
  }

  ends(): number[] {
    return this.ranges.map(([, end]) => end);
  }

  /** Start of the first range beginning after `position`, or Infinity. */
  nextStartAfter(position: number): number {
    const range = this.ranges[this.firstEndingAfter(position)];
    if (range === undefined) return Infinity;
    if (range[0] > position) return range[0];
    return this.ranges[this.firstEndingAfter(position) + 1]?.[0] ?? Infinity;
  }

  /** Index of the first range whose end is beyond `position`. */
  private firstEndingAfter(position: number): number {
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ranges[middle][1] <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

interface ReplacedInterval {
  start: number;
  end: number;
  finding: Finding;
  replacement: string;
}

/** Overlapping ranges become one replacement, the earliest finding's. */
function unionIntervals(findings: readonly Finding[], replacementOf: (finding: Finding) => string): ReplacedInterval[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const intervals: ReplacedInterval[] = [];
  for (const finding of sorted) {
    const last = intervals.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      last.finding = { ...last.finding, end: last.end };
    } else {
      intervals.push({ start: finding.start, end: finding.end, finding, replacement: replacementOf(finding) });
    }
  }
  return intervals;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
