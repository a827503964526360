import { isAllowListed } from './allowlist';
import { mergeFindings, subtractRange } from './merge';
import { extendNamesOverInitials } from './name-initials';
import { placeholderRanges } from './placeholder';
import type { DetectOptions, Finding, Recognizer } from './types';

/** Findings scoring below this are dropped unless the caller asks otherwise. */
export const DEFAULT_THRESHOLD = 0.5;

/** What a context word adds to a candidate's score (Presidio uses the same figure). */
export const CONTEXT_BOOST = 0.35;

/** How far back, in characters, a context word may sit from its candidate. */
const CONTEXT_WINDOW = 40;

export interface Detector {
  readonly recognizers: readonly Recognizer[];
  detect(text: string, options?: DetectOptions): Promise<Finding[]>;
}

/**
 * The analysis pipeline: every recognizer → context boost → threshold → merge → initials joined
 * to their names → allow-list.
 * The threshold comes before the merge so that a weak candidate can neither extend a
 * confident span of its label nor cut one of another label.
 */
export function createDetector(recognizers: readonly Recognizer[]): Detector {
  return {
    recognizers,
    async detect(text, options = {}) {
      const all = [...recognizers, ...(options.extraRecognizers ?? [])];
      const context = { personalTerms: options.personalTerms ?? [], checkpoint: options.checkpoint };
      const threshold = options.threshold ?? DEFAULT_THRESHOLD;
      const perRecognizer = await Promise.all(
        all.map(async (recognizer) => boostByContext(text, await recognizer.recognize(text, context), recognizer)),
      );
      const candidates = perRecognizer
        .flat()
        .map((finding) => clampToText(finding, text.length))
        .filter((finding): finding is Finding => finding !== undefined && finding.score >= threshold);
      return dropPlaceholders(text, extendNamesOverInitials(text, mergeFindings(candidates, text)))
        .map((finding) => trimFinding(text, finding))
        .filter((finding): finding is Finding => finding !== undefined && !isAllowListed(text, finding));
    },
  };
}

function boostByContext(text: string, findings: readonly Finding[], recognizer: Recognizer): Finding[] {
  const words = recognizer.context;
  if (!words || words.length === 0) return [...findings];
  const contextPattern = contextPatternOf(words);
  return findings.map((finding) =>
    finding.score < 1 && contextPattern.test(text.slice(Math.max(0, finding.start - CONTEXT_WINDOW), finding.start))
      ? { ...finding, score: Math.min(1, finding.score + CONTEXT_BOOST) }
      : finding,
  );
}

/** Whether one of the words appears, as a whole word and in any case, in the few words before `start`. */
export function hasContextWord(text: string, start: number, words: readonly string[]): boolean {
  return contextPatternOf(words).test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
}

// One compiled pattern per context list: a finding is checked with one test, not one search per word.
const contextPatterns = new WeakMap<readonly string[], RegExp>();

function contextPatternOf(words: readonly string[]): RegExp {
  let pattern = contextPatterns.get(words);
  if (!pattern) {
    const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    contextPatterns.set(words, pattern);
  }
  return pattern;
}

function clampToText(finding: Finding, length: number): Finding | undefined {
  const start = Math.max(0, Math.floor(finding.start));
  const end = Math.min(length, Math.floor(finding.end));
  return end > start ? { ...finding, start, end } : undefined;
}

/** Separators that a merge remnant may carry at its edges; they identify no one. */
const EDGE_NOISE = /[\s,;:]/u;

function trimFinding(text: string, finding: Finding): Finding | undefined {
  let { start, end } = finding;
  while (start < end && EDGE_NOISE.test(text[start])) start++;
  while (end > start && EDGE_NOISE.test(text[end - 1])) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return undefined;
  return start === finding.start && end === finding.end ? finding : { ...finding, start, end };
}

/** Cuts NoteGuard placeholders out of findings, so a re-pasted redaction stays clean. */
function dropPlaceholders(text: string, findings: readonly Finding[]): Finding[] {
  const ranges = placeholderRanges(text);
  if (ranges.length === 0) return [...findings];
  return findings.flatMap((finding) => {
    let pieces = [finding];
    for (let index = firstRangeEndingAfter(ranges, finding.start); index < ranges.length; index++) {
      const [start, end] = ranges[index];
      if (start >= finding.end) break;
      pieces = pieces.flatMap((piece) => subtractRange(piece, start, end));
    }
    return pieces;
  });
}

function firstRangeEndingAfter(ranges: readonly [number, number][], position: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle][1] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
