/**
 * WordPiece encoding identical to training/textnorm.py: greedy longest-match-first, "##" marks a
 * continuation piece, a word that cannot be fully matched (or is longer than 100 characters)
 * becomes one [UNK]. We tokenise ourselves rather than through transformers.js so that every token
 * carries exact offsets into the original text.
 */
import { normalizeWithMap, preTokenize } from './normalize';

export const MAX_WORD_CHARS = 100;

export interface Encoding {
  ids: number[];
  /** UTF-16 offsets into the original text, end-exclusive. */
  starts: number[];
  ends: number[];
  /** Index of the pre-tokenised word each token belongs to. */
  words: number[];
}

export class WordPieceTokenizer {
  readonly vocab: readonly string[];
  readonly unkId: number;
  readonly clsId: number;
  readonly sepId: number;
  readonly padId: number;
  private readonly ids: Map<string, number>;
  private readonly maxPiece: number;

  constructor(vocab: readonly string[]) {
    this.vocab = vocab;
    this.ids = new Map(vocab.map((t, i) => [t, i]));
    const need = (t: string) => {
      const id = this.ids.get(t);
      if (id === undefined) throw new Error(`vocabulary has no ${t}`);
      return id;
    };
    this.unkId = need('[UNK]');
    this.clsId = need('[CLS]');
    this.sepId = need('[SEP]');
    this.padId = need('[PAD]');
    this.maxPiece = Math.max(...vocab.map((t) => [...t].length));
  }

  /** From vocab.txt contents (one token a line). */
  static fromVocabText(text: string): WordPieceTokenizer {
    return new WordPieceTokenizer(text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== ''));
  }

  /** Pieces of one normalised word as [id, codePointStart, codePointEnd], or null for [UNK]. */
  wordPieces(word: readonly string[]): [number, number, number][] | null {
    if (word.length > MAX_WORD_CHARS) return null;
    const out: [number, number, number][] = [];
    let i = 0;
    while (i < word.length) {
      let j = Math.min(word.length, i + this.maxPiece);
      let found: number | undefined;
      while (j > i) {
        const piece = (i === 0 ? '' : '##') + word.slice(i, j).join('');
        found = this.ids.get(piece);
        if (found !== undefined) break;
        j--;
      }
      if (found === undefined) return null;
      out.push([found, i, j]);
      i = j;
    }
    return out;
  }

  /** Token ids without [CLS]/[SEP], with offsets into the original text. */
  encode(text: string): Encoding {
    const norm = normalizeWithMap(text);
    const enc: Encoding = { ids: [], starts: [], ends: [], words: [] };
    preTokenize(norm).forEach((w, wi) => {
      const chars = norm.chars.slice(w.charStart, w.charEnd);
      const pieces = this.wordPieces(chars);
      if (pieces === null) {
        enc.ids.push(this.unkId);
        enc.starts.push(w.start);
        enc.ends.push(w.end);
        enc.words.push(wi);
        return;
      }
      for (const [id, a, b] of pieces) {
        enc.ids.push(id);
        enc.starts.push(norm.starts[w.charStart + a]);
        enc.ends.push(norm.ends[w.charStart + b - 1]);
        enc.words.push(wi);
      }
    });
    return enc;
  }
}
