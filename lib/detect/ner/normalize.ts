/**
 * Text normalisation for the NER model, identical to training/textnorm.py (a golden-file test
 * checks both agree): per code point, NFKD(lower(NFKD(c))) with combining marks (Mn) removed.
 * Working one code point at a time keeps a 1:1 map from every output character back to the
 * original text, and keeps context rules (Greek final sigma) out of lower-casing.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units), end-exclusive.
 */

const COMBINING_MARK = /\p{Mn}/u;
const SEPARATOR = /^[\p{Z}\p{Cc}\p{Cf}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

export interface NormalizedText {
  /** One entry per output code point. */
  chars: string[];
  /** chars[i] came from original.slice(starts[i], ends[i]). */
  starts: number[];
  ends: number[];
}

export function normalizeChar(c: string): string {
  // ASCII, nearly all of a note, lower-cases to itself or one letter: no need for Unicode's tables.
  if (c.length === 1 && c.charCodeAt(0) < 0x80) return c.toLowerCase();
  const t = c.normalize('NFKD').toLowerCase().normalize('NFKD');
  let out = '';
  for (const ch of t) if (!COMBINING_MARK.test(ch)) out += ch;
  return out;
}

export function normalizeWithMap(text: string): NormalizedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (const c of text) {
    const width = c.length;
    for (const ch of normalizeChar(c)) {
      chars.push(ch);
      starts.push(pos);
      ends.push(pos + width);
    }
    pos += width;
  }
  return { chars, starts, ends };
}

/** The normalised text as one string (for tests and debugging). */
export function normalizeText(text: string): string {
  return normalizeWithMap(text).chars.join('');
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** 0 = separator (dropped), 1 = word character, 2 = a token of its own. */
export function charClass(ch: string): 0 | 1 | 2 {
  const code = ch.length === 1 ? ch.charCodeAt(0) : 0x80;
  if (code < 0x80) return code <= 0x20 || code === 0x7f ? 0 : isAsciiWordChar(code) ? 1 : 2;
  if (SEPARATOR.test(ch)) return 0;
  if (WORD_CHAR.test(ch)) return 1;
  return 2;
}

export interface PreToken {
  /** Normalised text of the word. */
  text: string;
  /** Index range in NormalizedText.chars. */
  charStart: number;
  charEnd: number;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

/** Runs of letters/digits/marks are words; any other non-separator character stands alone. */
export function preTokenize(norm: NormalizedText): PreToken[] {
  const { chars, starts, ends } = norm;
  const out: PreToken[] = [];
  let i = 0;
  while (i < chars.length) {
    const k = charClass(chars[i]);
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (k === 1) while (j < chars.length && charClass(chars[j]) === 1) j++;
    out.push({ text: chars.slice(i, j).join(''), charStart: i, charEnd: j, start: starts[i], end: ends[j - 1] });
    i = j;
  }
  return out;
}
