import { describe, expect, it } from 'vitest';
import { decodeSpans } from './decode';
import { WordPieceTokenizer } from './wordpiece';

const LABELS = ['O', 'B-NAME', 'I-NAME', 'B-DATE', 'I-DATE'];
const tokenizer = new WordPieceTokenizer([
  '[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]',
  'seen', 'by', 'dr', 'khan', ',', 'dau', 'at', 'bedside', 'on', '3', '/', '4', 'mari', '##a', '"', 'said',
  'my', 'son', 'the', '##m', '##o', 'tuesday', 'main', 'st', 'is', '##n', "'", 't', 'd', ':',
]);

/** One tag per token, written as in the BIO scheme; every tag is given with probability 0.9. */
function probsFor(tags: string[]): Float32Array {
  const probs = new Float32Array(tags.length * LABELS.length);
  tags.forEach((tag, t) => {
    const k = LABELS.indexOf(tag);
    probs[t * LABELS.length + k] = 0.9;
    probs[t * LABELS.length + (k === 0 ? 1 : 0)] = 0.1;
  });
  return probs;
}

describe('decodeSpans', () => {
  it.each([
    {
      why: 'a name carried on into the comma after it keeps the comma out',
      text: 'seen by dr khan, dau at bedside',
      tags: ['O', 'O', 'O', 'B-NAME', 'I-NAME', 'O', 'O', 'O'],
      spans: [['khan', 'NAME']],
    },
    {
      why: 'a leading quote is left out too',
      text: '"maria" said',
      tags: ['B-NAME', 'I-NAME', 'I-NAME', 'I-NAME', 'O'],
      spans: [['maria', 'NAME']],
    },
    {
      why: 'a lower-case function word after a name is left out, with the comma before it',
      text: 'by dr khan, my son',
      tags: ['O', 'O', 'B-NAME', 'I-NAME', 'I-NAME', 'O'],
      spans: [['khan', 'NAME']],
    },
    {
      why: 'written with capitals it is not a function word',
      text: 'dr khan My',
      tags: ['O', 'B-NAME', 'I-NAME'],
      spans: [['khan My', 'NAME']],
    },
    {
      why: 'a function word that is only a piece of a longer word stays',
      text: 'by theo',
      tags: ['O', 'B-NAME', 'I-NAME'],
      spans: [['theo', 'NAME']],
    },
    {
      why: 'what is left of a contraction does not end one, even split into pieces',
      text: "main st isn't",
      tags: ['B-NAME', 'I-NAME', 'I-NAME', 'I-NAME', 'O', 'O'],
      spans: [['main st', 'NAME']],
    },
    {
      why: 'a preposition before a span is left out',
      text: 'seen on tuesday',
      tags: ['O', 'B-NAME', 'I-NAME'],
      spans: [['tuesday', 'NAME']],
    },
    {
      why: 'an article may start one',
      text: 'the khan',
      tags: ['B-NAME', 'I-NAME'],
      spans: [['the khan', 'NAME']],
    },
    {
      why: 'a line break ends a span: the next line is another field',
      text: 'dr khan\nd: 3/4',
      tags: ['O', 'B-NAME', 'I-NAME', 'O', 'B-DATE', 'I-DATE', 'I-DATE'],
      spans: [['khan', 'NAME'], ['d', 'NAME'], ['3/4', 'DATE']],
    },
    {
      why: 'a group of nothing but separators is no span',
      text: 'khan, said',
      tags: ['O', 'B-NAME', 'O'],
      spans: [],
    },
    {
      why: 'punctuation inside a span stays in it',
      text: 'on 3/4',
      tags: ['O', 'B-DATE', 'I-DATE', 'I-DATE'],
      spans: [['3/4', 'DATE']],
    },
    {
      why: 'a span is widened to the whole word when only a piece is tagged',
      text: 'by maria',
      tags: ['O', 'O', 'B-NAME'],
      spans: [['maria', 'NAME']],
    },
  ])('$why', ({ text, tags, spans }) => {
    const enc = tokenizer.encode(text);
    expect(enc.ids.length).toBe(tags.length);
    const got = decodeSpans(text, enc, probsFor(tags), LABELS, 0.5).map((s) => [text.slice(s.start, s.end), s.label]);
    expect(got).toEqual(spans);
  });
});
