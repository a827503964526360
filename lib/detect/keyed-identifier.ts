import { createPatternRecognizer, type Validate } from './pattern-recognizer';
import type { PhiLabel, Recognizer } from './types';

/**
 * An identifier code: starts with a letter or digit, may hold dashes, dots or slashes; at most
 * 24 characters. The pattern also looks ahead for a digit, so that a keyword followed by another
 * keyword ("pacemaker serial # PJN4471023") moves on to the second instead of taking it as the code.
 */
const DEFAULT_CODE = String.raw`[A-Z0-9](?:[A-Z0-9]|[-./](?=[A-Z0-9])){3,23}`;

export interface KeyedIdentifierSpec {
  readonly name: string;
  readonly label?: PhiLabel;
  /** Regex source of the words that introduce the code ("MRN", "member ID"). */
  readonly keywords: string;
  /** Regex source of the code itself; defaults to a 4..24 character alphanumeric code. */
  readonly code?: string;
  readonly score: number;
  /** Extra checks on the code (checksums); every code must already hold three digits. */
  readonly validate?: Validate;
  readonly context?: readonly string[];
}

/**
 * Many identifiers are only recognisable by the word in front of them ("MRN: 4417823",
 * "Policy # XG-55810"). This builds a recognizer that requires the keyword and
 * reports only the code after it, with the usual "#", "No.", ":" in between.
 */
export function createKeyedIdentifierRecognizer(spec: KeyedIdentifierSpec): Recognizer {
  const code = spec.code ?? DEFAULT_CODE;
  const regex = new RegExp(
    String.raw`\b(?:${spec.keywords})(?![A-Za-z])(?:\s{0,2}(?:#|no\b\.?|num\b\.?|number|nbr|id\b|identifier)){0,2}\s{0,2}(?:is\s{1,2}|of\s{1,2})?[:#=]?\s{0,3}(?=[A-Z0-9./-]{0,23}\d|[A-Z]{1,4} \d)(?<code>${code})(?![\w-]|[./]\w)`,
    'dgi',
  );
  return createPatternRecognizer({
    name: spec.name,
    labels: [spec.label ?? 'ID'],
    patterns: [{ name: 'keyword then code', regex, score: spec.score, group: 'code' }],
    context: spec.context,
    // Codes with fewer than three digits are scale names and versions ("PHQ-9", "Plan B2"), not identifiers.
    validate: (candidate) => (candidate.text.match(/\d/g)?.length ?? 0) >= 3 && (spec.validate?.(candidate) ?? true),
  });
}
