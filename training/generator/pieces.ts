import type { PhiLabel } from '../../lib/detect/types';

/**
 * A note is built as a tree of pieces: plain strings and labelled PHI values. Building blocks
 * return pieces instead of strings so that offsets are computed once, at render time, after
 * every styling step has changed the text; nothing ever searches the text for a value.
 */
export interface Phi {
  readonly label: PhiLabel;
  readonly text: string;
}
export type Piece = string | Phi | readonly Piece[];

export interface Span {
  start: number;
  end: number;
  label: PhiLabel;
}

export function phi(label: PhiLabel, text: string): Phi {
  return { label, text };
}

export function isPhi(piece: Piece): piece is Phi {
  return typeof piece === 'object' && !Array.isArray(piece);
}

/** Joins pieces with a separator between each pair (e.g. ", " or "\n"). */
export function join(parts: readonly Piece[], separator: string): Piece[] {
  const out: Piece[] = [];
  parts.forEach((part, index) => {
    if (index > 0) out.push(separator);
    out.push(part);
  });
  return out;
}

/** Depth-first list of leaves; styling steps work on this flat form. */
export function flatten(piece: Piece, out: (string | Phi)[] = []): (string | Phi)[] {
  if (typeof piece === 'string' || isPhi(piece)) out.push(piece);
  else for (const child of piece) flatten(child, out);
  return out;
}

/** Characters trimmed from span edges (the evaluation trims them too). */
const EDGE_CHARS = new Set([...' \t\r\n\u00a0.,;:!?()[]{}"\'`\u2018\u2019\u201c\u201d*•▪-']);

/**
 * The core of a value without edge whitespace and punctuation. A bracket is kept when the value
 * also holds its partner, so "(617) 555-0134" stays whole.
 */
export function trimmedRange(value: string): [number, number] {
  let start = 0;
  let end = value.length;
  const keep = (char: string, partner: string) => (char === '(' || char === ')' || char === '[' || char === ']') && value.slice(start, end).includes(partner);
  const partnerOf: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[' };
  while (start < end && EDGE_CHARS.has(value[start]!) && !keep(value[start]!, partnerOf[value[start]!] ?? '')) start++;
  while (end > start && EDGE_CHARS.has(value[end - 1]!) && !keep(value[end - 1]!, partnerOf[value[end - 1]!] ?? '')) end--;
  return [start, end];
}

/**
 * Concatenates leaves into the final text and exact spans. Edge punctuation of a PHI value is
 * moved outside its span (so "St. Mary's Hospital." labels without the final period) while
 * inner punctuation ("O'Neil-Smith", "St. Mary's") stays inside.
 */
export function render(leaves: readonly (string | Phi)[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const leaf of leaves) {
    if (typeof leaf === 'string') {
      text += leaf;
      continue;
    }
    const start = text.length;
    text += leaf.text;
    const [from, to] = trimmedRange(leaf.text);
    if (from === to) continue;
    const span = { start: start + from, end: start + to, label: leaf.label };
    const previous = spans[spans.length - 1];
    // Two values of one label written back to back ("Maria" + "Lopez") are one mention.
    if (previous && previous.label === span.label && previous.end === span.start) previous.end = span.end;
    else spans.push(span);
  }
  return { text, spans };
}
