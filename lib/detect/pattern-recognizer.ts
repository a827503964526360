import type { Finding, PhiLabel, Recognizer } from './types';

/** One regular expression and the confidence a bare match of it deserves. */
export interface ScoredPattern {
  /** Short description, used in tests and when tuning. */
  readonly name: string;
  /**
   * Must carry the `g` flag. Keep quantifiers bounded: recognizers run on
   * whatever a person pastes, up to megabytes, on the UI's critical path.
   */
  readonly regex: RegExp;
  readonly score: number;
  /** Defaults to the recognizer's first label. */
  readonly label?: PhiLabel;
  /**
   * Report this capture group instead of the whole match, so that a pattern
   * can require a keyword ("MRN:") without redacting the keyword itself.
   * The regex then needs the `d` flag.
   */
  readonly group?: number | string;
  /**
   * Keeps a candidate only when this matches the text just before it (40 characters).
   * For shapes too common to report on their own, such as five-digit pager numbers.
   */
  readonly requiredBefore?: RegExp;
}

/** What a validation hook sees for one candidate. */
export interface Candidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
  readonly pattern: ScoredPattern;
  /** The whole text being checked, to look at neighbours. */
  readonly source: string;
}

/** A narrower span inside the candidate, for hooks that trim words a regex cannot cheaply exclude. */
export interface Refinement {
  readonly start: number;
  readonly end: number;
  readonly score?: number;
}

/**
 * A validation hook returns false to drop a candidate (bad checksum, impossible
 * calendar date, a known fake), true to keep the pattern's score, a number
 * to replace it, or a refinement to report a narrower span.
 */
export type Validate = (candidate: Candidate) => boolean | number | Refinement;

export interface PatternRecognizerSpec {
  readonly name: string;
  readonly labels: readonly PhiLabel[];
  readonly patterns: readonly ScoredPattern[];
  readonly context?: readonly string[];
  readonly validate?: Validate;
}

export function createPatternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  for (const pattern of spec.patterns) {
    if (!pattern.regex.global) throw new Error(`${spec.name}/${pattern.name}: regex needs the g flag`);
    if (pattern.group !== undefined && !pattern.regex.hasIndices) {
      throw new Error(`${spec.name}/${pattern.name}: a capture group needs the d flag`);
    }
  }
  return {
    name: spec.name,
    labels: spec.labels,
    context: spec.context,
    recognize(text: string): Finding[] {
      return spec.patterns.flatMap((pattern) => matchPattern(spec, pattern, text));
    },
  };
}

function matchPattern(spec: PatternRecognizerSpec, pattern: ScoredPattern, text: string): Finding[] {
  const findings: Finding[] = [];
  // The pattern's own regex, not a copy: V8 starts every new RegExp object in its interpreter and
  // compiles it only once it is hot, and a fresh copy per call ran 1 MB ten times slower.
  // Matching is synchronous, so resetting lastIndex is enough to keep calls independent.
  const regex = pattern.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const range = groupRange(match, pattern.group);
    if (pattern.group !== undefined && !range) continue;
    const start = range ? range[0] : match.index;
    const end = range ? range[1] : match.index + match[0].length;
    if (end <= start) continue;
    if (pattern.requiredBefore && !pattern.requiredBefore.test(text.slice(Math.max(0, start - 40), start))) continue;
    const verdict = spec.validate
      ? spec.validate({ text: text.slice(start, end), start, end, match, pattern, source: text })
      : true;
    if (verdict === false) continue;
    const label = pattern.label ?? spec.labels[0];
    if (typeof verdict === 'object') {
      if (verdict.start >= start && verdict.end <= end && verdict.end > verdict.start) {
        findings.push({ start: verdict.start, end: verdict.end, label, score: verdict.score ?? pattern.score, source: spec.name });
      }
      continue;
    }
    findings.push({ start, end, label, score: verdict === true ? pattern.score : verdict, source: spec.name });
  }
  return findings;
}


function groupRange(match: RegExpExecArray, group: number | string | undefined): [number, number] | undefined {
  if (group === undefined) return undefined;
  return typeof group === 'number' ? match.indices?.[group] : match.indices?.groups?.[group];
}
