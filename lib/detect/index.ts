import { createDetector, type Detector } from './engine';
import { redactFindings } from './redact';
import { ruleRecognizers } from './recognizers/registry';
import type { DetectOptions, Finding, RedactOptions, Redaction } from './types';

export * from './types';
export { createDetector, DEFAULT_THRESHOLD, type Detector } from './engine';
export { PLACEHOLDER_PATTERN, REMOVED_MARKER } from './placeholder';
export { REPEAT_SOURCE } from './redact';
export { ruleRecognizers } from './recognizers/registry';
export { createPatternRecognizer, type ScoredPattern, type PatternRecognizerSpec } from './pattern-recognizer';

/** The rules engine with every built-in recognizer; callers add the NER model through `extraRecognizers`. */
export const ruleDetector: Detector = createDetector(ruleRecognizers());

export function detect(text: string, options?: DetectOptions): Promise<Finding[]> {
  return ruleDetector.detect(text, options);
}

export function redact(text: string, findings: readonly Finding[], options?: RedactOptions): Redaction {
  return redactFindings(text, findings, options);
}
