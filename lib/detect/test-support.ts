import { createDetector } from './engine';
import type { Recognizer } from './types';

/** The texts a recognizer finds, in order, for table-driven tests. */
export function foundTexts(recognizer: Recognizer, text: string, personalTerms: readonly string[] = []): string[] {
  const findings = recognizer.recognize(text, { personalTerms });
  if (findings instanceof Promise) throw new Error('foundTexts is for synchronous recognizers');
  return [...findings].sort((a, b) => a.start - b.start).map((finding) => text.slice(finding.start, finding.end));
}

/** The texts a detector built from these recognizers reports, after context boost, merge and threshold. */
export async function detectedTexts(recognizers: readonly Recognizer[], text: string): Promise<string[]> {
  const findings = await createDetector(recognizers).detect(text);
  return findings.map((finding) => text.slice(finding.start, finding.end));
}
