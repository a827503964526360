import type { Finding, PhiLabel } from '@/lib/detect/types';

/** One detail as the person sees it: the same words with the same label, however often they occur. */
export interface FindingGroup {
  key: string;
  label: PhiLabel;
  text: string;
  /** Indexes into the findings array. */
  members: number[];
}

/** Groups findings by label and exact text, in order of first appearance. */
export function groupFindings(text: string, findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  findings.forEach((finding, index) => {
    const words = text.slice(finding.start, finding.end);
    const key = `${finding.label}\u0000${words}`;
    const group = groups.get(key) ?? { key, label: finding.label, text: words, members: [] };
    group.members.push(index);
    groups.set(key, group);
  });
  return [...groups.values()];
}

export interface TextSegment {
  text: string;
  /** The finding this segment is, if it is one. */
  findingIndex?: number;
}

/**
 * Splits the text up to `end` into plain runs and findings, for highlighting (overlapping findings
 * are skipped; one that crosses `end` is kept whole).
 */
export function segmentText(text: string, findings: readonly Finding[], end = text.length): TextSegment[] {
  const order = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.start < end)
    .sort((a, b) => a.finding.start - b.finding.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { finding, index } of order) {
    if (finding.start < at) continue;
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), findingIndex: index });
    at = finding.end;
  }
  if (at < end) segments.push({ text: text.slice(at, end) });
  return segments;
}
