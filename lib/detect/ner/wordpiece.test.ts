import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WordPieceTokenizer } from './wordpiece';


// Read with JSON.parse: the file holds a lone surrogate, which Vite's JSON plugin rejects.
const golden: unknown = JSON.parse(readFileSync(new URL('./fixtures/wordpiece-golden.json', import.meta.url), 'utf8'));

interface Case {
  text: string;
  ids: number[];
  starts: number[];
  ends: number[];
}

const { vocab, cases } = golden as { vocab: string[]; cases: Case[] };
const tokenizer = new WordPieceTokenizer(vocab);

// Written by training/make_fixtures.py with training/textnorm.py's WordPiece.
describe('WordPiece ids and offsets match the Python training side', () => {
  it.each(cases.map((c) => [JSON.stringify(c.text).slice(0, 50), c] as const))('%s', (_, c) => {
    const enc = tokenizer.encode(c.text);
    expect(enc.ids).toEqual(c.ids);
    expect(enc.starts).toEqual(c.starts);
    expect(enc.ends).toEqual(c.ends);
  });
});

describe('WordPieceTokenizer', () => {
  it('gives a word that cannot be matched one [UNK] covering the whole word', () => {
    const t = new WordPieceTokenizer(['[PAD]', '[UNK]', '[CLS]', '[SEP]', 'ab', '##c']);
    const enc = t.encode('abc abd');
    expect(enc.ids).toEqual([4, 5, 1]);
    expect(enc.starts).toEqual([0, 2, 4]);
    expect(enc.ends).toEqual([2, 3, 7]);
    expect(enc.words).toEqual([0, 0, 1]);
  });
});
