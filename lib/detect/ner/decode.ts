/**
 * From per-token BIO probabilities to character spans in the original text.
 *
 * Recall first: a token is an entity when 1 - P(O) reaches the model's entity threshold (tuned on
 * dev for F2, usually below 0.5), and then takes the most probable entity tag. A B- tag or a change
 * of type starts a new span; I- continues. Spans are widened to whole words, so that a name split
 * into word pieces is never half-redacted, and spans of one label that touch are joined. A span
 * never starts or ends on a lone comma, semicolon, colon or quote, nor ends on a lower-case
 * function word: the model sometimes carries a name on into what follows it ("DR KHAN, DAU",
 * "Dr. Whitaker, my son"), and the redacted copy should keep those words. Nor does a span start
 * on a lower-case preposition ("on Tuesday") or run across a line break: the next line is another
 * field ("Dr. Al-Hamdani" / "D: 11/09").
 */
import { PHI_LABELS, type PhiLabel } from '../types';
import type { Encoding } from './wordpiece';

export interface DecodedSpan {
  start: number;
  end: number;
  label: PhiLabel;
  /** Mean entity probability (1 - P(O)) over the span's tokens. */
  score: number;
}

interface Tag {
  type: PhiLabel | null;
  begin: boolean;
  entityProb: number;
}

/** `labels` are the model's id2label names ("O", "B-NAME", "I-NAME", ...). */
export function tagTokens(probs: Float32Array, labels: readonly string[], threshold: number): Tag[] {
  const n = labels.length;
  const oIndex = labels.indexOf('O');
  const tags: Tag[] = [];
  for (let r = 0; r * n < probs.length; r++) {
    const row = r * n;
    const entityProb = 1 - probs[row + oIndex];
    if (entityProb < threshold) {
      tags.push({ type: null, begin: false, entityProb });
      continue;
    }
    let best = -1;
    for (let k = 0; k < n; k++) if (k !== oIndex && (best < 0 || probs[row + k] > probs[row + best])) best = k;
    const name = labels[best];
    const type = name.slice(2) as PhiLabel;
    tags.push({ type: (PHI_LABELS as readonly string[]).includes(type) ? type : null, begin: name.startsWith('B-'), entityProb });
  }
  return tags;
}

const SEPARATOR = /^[,;:!?"'\u2018\u2019\u201c\u201d]$/u;
/** Written in lower case these are never part of a name or place; "her" and "may" can be names. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but of to in on at by for from with as is was my your his our their its me him us them i you he she we they'.split(' ')
    // What is left of a contraction split at its apostrophe ("Main St isn't").
    .concat('isn wasn doesn didn couldn wouldn shouldn hasn haven aren weren can'.split(' ')),
);
/** Gold spans may start with an article ("the US Postal Service"), never with the other function words. */
const LEADING_ALLOWED: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export function decodeSpans(
  text: string,
  enc: Encoding,
  probs: Float32Array,
  labels: readonly string[],
  threshold: number,
): DecodedSpan[] {
  const tags = tagTokens(probs, labels, threshold);
  const isSeparator = (t: number) => SEPARATOR.test(text.slice(enc.starts[t], enc.ends[t]));
  const lineBreakBefore = (t: number) => t > 0 && /[\n\r\u2028\u2029]/u.test(text.slice(enc.ends[t - 1], enc.starts[t]));
  const groups: { first: number; last: number; type: PhiLabel }[] = [];
  tags.forEach((tag, t) => {
    if (tag.type === null) return;
    const prev = groups[groups.length - 1];
    const continues =
      prev && prev.last === t - 1 && prev.type === tag.type && (!tag.begin || enc.words[t] === enc.words[t - 1]) && !lineBreakBefore(t);
    if (continues) prev.last = t;
    else groups.push({ first: t, last: t, type: tag.type });
  });
  // widen to whole words
  const wordFirst = new Map<number, number>();
  const wordLast = new Map<number, number>();
  enc.words.forEach((w, t) => {
    if (!wordFirst.has(w)) wordFirst.set(w, t);
    wordLast.set(w, t);
  });
  // Checked on the whole word: a rare one ("isn") may be split into pieces.
  const wordOf = (t: number) => text.slice(enc.starts[wordFirst.get(enc.words[t]) ?? t], enc.ends[wordLast.get(enc.words[t]) ?? t]);
  const isFunctionWord = (t: number) => FUNCTION_WORDS.has(wordOf(t));
  const isLeadingFunctionWord = (t: number) => isFunctionWord(t) && !LEADING_ALLOWED.has(wordOf(t));
  const spans: DecodedSpan[] = [];
  for (const g of groups) {
    while (g.first <= g.last && (isSeparator(g.first) || isLeadingFunctionWord(g.first))) g.first++;
    while (g.last >= g.first && (isSeparator(g.last) || isFunctionWord(g.last))) g.last--;
    if (g.first > g.last) continue;
    const first = wordFirst.get(enc.words[g.first]) ?? g.first;
    const last = wordLast.get(enc.words[g.last]) ?? g.last;
    let sum = 0;
    for (let t = g.first; t <= g.last; t++) sum += tags[t].entityProb;
    const span = { start: enc.starts[first], end: enc.ends[last], label: g.type, score: sum / (g.last - g.first + 1) };
    const prev = spans[spans.length - 1];
    const touches = prev && (span.start < prev.end || (span.start === prev.end && span.label === prev.label));
    if (prev && touches) {
      // two groups inside one word, or the same label with nothing between ("3/" + "4/2021"):
      // one span, with the stronger label
      prev.end = Math.max(prev.end, span.end);
      if (span.score > prev.score) prev.label = span.label;
      prev.score = Math.max(prev.score, span.score);
    } else spans.push(span);
  }
  return spans;
}
