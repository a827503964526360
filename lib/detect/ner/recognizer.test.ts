import { describe, expect, it } from 'vitest';
import { tokenWindows } from './chunk';
import {
  blankPlaceholders,
  createNerRecognizer,
  equalLengthBatches,
  isLowerCaseAmongCapitals,
  trimSymbols,
  trimWordsAroundName,
  type NerClient,
} from './recognizer';
import { WordPieceTokenizer } from './wordpiece';

const LABELS = ['O', 'B-NAME', 'I-NAME', 'B-ADDRESS', 'I-ADDRESS', 'B-ORGANIZATION', 'I-ORGANIZATION', 'B-DATE', 'I-DATE'];
const VOCAB = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'she', 'saw', 'maria', 'oko', '##nk', '##wo', 'at', 'calvert', 'memorial', '.', 'x', 'e', '-', 'mail'];
const tokenizer = new WordPieceTokenizer(VOCAB);
const ctx = { personalTerms: [] };

/**
 * A fake model: tags by token id (a table of id -> label), with a configurable confidence, and
 * records every batch it is given.
 */
function fakeClient(tagOf: Record<string, string>, confidence = (_pos: number) => 0.9): NerClient & { calls: number[][][] } {
  const calls: number[][][] = [];
  return {
    tokenizer,
    labels: LABELS,
    entityThreshold: 0.5,
    calls,
    async logits(batch) {
      calls.push(batch.map((s) => [...s]));
      return batch.map((seq) => {
        const out = new Float32Array(seq.length * LABELS.length).fill(-10);
        seq.forEach((id, pos) => {
          const label = tagOf[VOCAB[id]] ?? 'O';
          const p = label === 'O' ? 0.99 : confidence(pos);
          out[pos * LABELS.length + LABELS.indexOf(label)] = Math.log(p);
          out[pos * LABELS.length + (label === 'O' ? 1 : 0)] = Math.log(1 - p);
        });
        return out;
      });
    },
  };
}

describe('tokenWindows', () => {
  it.each([
    [0, [[0, 0]]],
    [10, [[0, 10]]],
    [254, [[0, 254]]],
    [255, [[0, 254], [190, 255]]],
    [600, [[0, 254], [190, 444], [380, 600]]],
  ])('%i tokens', (n, expected) => {
    expect(tokenWindows(n, 254, 64).map((w) => [w.start, w.end])).toEqual(expected);
  });
});

describe('blankPlaceholders', () => {
  it.each([
    ['Hi Dr. [NAME 3] [NAME 4] (DOB [DATE 2])', 'Hi Dr. [      ] [      ] (DOB [      ])'],
    ['no placeholders here', 'no placeholders here'],
    ['[EMAIL 1] and [brackets] stay', '[       ] and [brackets] stay'],
  ])('%j', (text, expected) => {
    expect(blankPlaceholders(text)).toBe(expected);
    expect(blankPlaceholders(text)).toHaveLength(text.length);
  });
});

describe('trimWordsAroundName', () => {
  const trimmed = (text: string, label: 'NAME' | 'ORGANIZATION' = 'NAME') => {
    const span = trimWordsAroundName(text, { start: 0, end: text.length, label, score: 0.9 });
    return span && text.slice(span.start, span.end);
  };
  it.each([
    ['son, Daniel Pemberton', 'Daniel Pemberton'],
    ['Whitaker, my son', 'Whitaker'],
    ['her daughter Maria', 'Maria'],
    ['Ana de Jesus', 'Ana de Jesus'],
    ['Son Heung', 'Son Heung'],
    ['son', undefined],
    ['re', undefined],
    ['my son', undefined],
    ['KHAN, DAU', 'KHAN'],
    ['COUSIN, MORGANE', 'COUSIN, MORGANE'],
    ['JANKA COUSIN', 'JANKA COUSIN'],
    ['Khan, Dau', 'Khan, Dau'],
    ['SMITH, JOHN A', 'SMITH, JOHN A'],
  ])('%j -> %j', (text, expected) => expect(trimmed(text)).toBe(expected));

  it('leaves other labels alone', () => expect(trimmed('the Mayo Clinic', 'ORGANIZATION')).toBe('the Mayo Clinic'));
});

describe('trimSymbols', () => {
  const trimmed = (text: string) => {
    const span = trimSymbols(text, { start: 0, end: text.length, label: 'NAME', score: 0.9 });
    return span && text.slice(span.start, span.end);
  };
  it.each([
    ['مريض 👩‍⚕️', 'مريض'],
    ['🙂 Maria', 'Maria'],
    ['J. Smith Jr.', 'J. Smith Jr.'],
    ['Calvert Memorial Inc.', 'Calvert Memorial Inc.'],
    // A sentence's full stop is not part of the name before it.
    ['Ishikawa.', 'Ishikawa'],
    ['Dr Ishikawa...', 'Dr Ishikawa'],
    ['José', 'José'],
    ['Jose\u0301', 'Jose\u0301'],
    ['\u202Eevil\u202C 🙂🙂', 'evil'],
    ['👩‍⚕️', undefined],
  ])('%j -> %j', (text, expected) => expect(trimmed(text)).toBe(expected));
});

describe('createNerRecognizer', () => {
  it('maps B/I tokens to spans in the original text, word pieces joined', async () => {
    const client = fakeClient({ maria: 'B-NAME', oko: 'B-NAME', '##nk': 'I-NAME', '##wo': 'I-NAME', calvert: 'B-ORGANIZATION', memorial: 'I-ORGANIZATION' });
    const text = '🙂 She saw MARÍA   Okonkwo at Calvert Memorial.';
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => [text.slice(f.start, f.end), f.label, f.source])).toEqual([
      ['MARÍA', 'NAME', 'ner'],
      ['Okonkwo', 'NAME', 'ner'],
      ['Calvert Memorial', 'ORGANIZATION', 'ner'],
    ]);
    expect(client.calls[0][0][0]).toBe(tokenizer.clsId);
    expect(client.calls[0][0].at(-1)).toBe(tokenizer.sepId);
  });

  it('widens a span to the whole word when only one piece is tagged', async () => {
    const client = fakeClient({ '##nk': 'B-NAME' });
    const text = 'saw Okonkwo.';
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Okonkwo']);
  });

  it('honours the entity threshold: lower finds less confident tokens', async () => {
    const client = fakeClient({ maria: 'B-NAME' }, () => 0.4);
    expect(await createNerRecognizer(client).recognize('saw maria', ctx)).toEqual([]);
    const found = await createNerRecognizer(client, { entityThreshold: 0.3, minScore: 0, minScoreLowerCase: 0 }).recognize('saw maria', ctx);
    expect(found).toHaveLength(1);
    expect(found[0].score).toBeCloseTo(0.4, 2);
  });

  it('reports only the labels it owns, above its minimum score', async () => {
    const sure = fakeClient({ maria: 'B-NAME', '2024': 'B-DATE' }, () => 0.95);
    const found = await createNerRecognizer(sure).recognize('saw maria 2024', ctx);
    expect(found.map((finding) => finding.label)).toEqual(['NAME']);
    const unsure = fakeClient({ maria: 'B-NAME' }, () => 0.6);
    expect(await createNerRecognizer(unsure).recognize('saw maria', ctx)).toEqual([]);
  });

  it.each([
    ['Then Dr. Okafor saw maria.', 0],
    ['Then Dr. Okafor saw Maria.', 1],
    // In a note written all in lower case, lower case says nothing.
    ['then dr. okafor saw maria.', 1],
  ])('asks more of a span written without capitals among capitals: %j', async (text, found) => {
    const fairlySure = fakeClient({ maria: 'B-NAME' }, () => 0.8);
    expect(await createNerRecognizer(fairlySure).recognize(text, ctx)).toHaveLength(found);
  });

  it.each([
    ['Maria, write by e-mail or to E. Maria', ['Maria', 'E', 'Maria']],
    ['maria, write by e-mail or to e. maria', ['maria', 'e', 'e', 'maria']],
  ])('drops a span of one small letter among capitals, keeps what may be an initial: %j', async (text, expected) => {
    const client = fakeClient({ e: 'B-ADDRESS', maria: 'B-NAME' }, () => 0.99);
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it.each([
    ['E: Maria', ['Maria']],
    ['E : Maria', ['Maria']],
    ['to E. Maria', ['E', 'Maria']],
  ])('drops a lone letter that labels a field, keeps an initial: %j', async (text, expected) => {
    const client = fakeClient({ e: 'B-NAME', maria: 'B-NAME' }, () => 0.99);
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it.each([
    ['she saw 80s', []],
    ['she saw 3RD', ['3RD']],
    ['she saw 5mcg', []],
    ['she saw 500x14', []],
    ['she saw 40', ['40']],
    ['she saw 7B', ['7B']],
  ])('drops a number with a plural or unit ending, keeps a bare number or an ordinal: %j', async (text, expected) => {
    const client = fakeClient({ '[UNK]': 'B-ADDRESS' }, () => 0.99);
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it.each([
    // "saw" plays a lower-case word the model took for the rest of the name ("Adaeze agreed").
    ['Then Maria saw x.', ['Maria']],
    // A lower-case particle before a capital stays ("Ana de Jesus").
    ['Then Maria saw Calvert.', ['Maria', 'saw', 'Calvert']],
    ['then maria saw x.', ['maria', 'saw']],
  ])('drops a lower-case word right after a capitalised name unless a capital follows: %j', async (text, expected) => {
    const client = fakeClient({ maria: 'B-NAME', saw: 'B-NAME', calvert: 'B-NAME' }, () => 0.99);
    const found = await createNerRecognizer(client).recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it.each([
    ['Adaeze agreed', { start: 7, end: 13 }, true],
    ['Adaeze agreed', { start: 0, end: 6 }, false],
    ['adaeze agreed', { start: 7, end: 13 }, false],
    [`Seen today.${' '.repeat(120)}adaeze agreed`, { start: 131, end: 137 }, false],
  ])('isLowerCaseAmongCapitals(%j, %j) is %s', (text, span, expected) => {
    expect(isLowerCaseAmongCapitals(text, span)).toBe(expected);
  });

  it('chunks long text with overlap and keeps offsets of the later windows right', async () => {
    const client = fakeClient({ maria: 'B-NAME' });
    const text = `${'x '.repeat(300)}she saw maria${' x'.repeat(300)}`;
    const found = await createNerRecognizer(client, { windowTokens: 64, overlapTokens: 16, batchSize: 4 }).recognize(text, ctx);
    expect(found.map((f) => [text.slice(f.start, f.end), f.start])).toEqual([['maria', text.indexOf('maria')]]);
    const windows = client.calls.flat();
    expect(windows.every((w) => w.length <= 64)).toBe(true);
    expect(client.calls.every((b) => b.length <= 4)).toBe(true);
  });

  it('takes the more confident window where windows overlap', async () => {
    // 101 tokens in windows of 62 with overlap 24: [0,62) [38,100) [76,101). "maria" (token 50) is
    // at position 51 of the first window, where the fake is sure (0.99), and at position 13 of the
    // second, where it is not (0.45, below the threshold): the later, less sure window must not win.
    const client = fakeClient({ maria: 'B-NAME' }, (pos) => (pos < 40 ? 0.45 : 0.99));
    const text = `${'x '.repeat(50)}maria${' x'.repeat(50)}`;
    const rec = createNerRecognizer(client, { windowTokens: 64, overlapTokens: 24, entityThreshold: 0.5 });
    const found = await rec.recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['maria']);
  });

  it('passes a checkpoint before every model call, counting windows, and stops when the checkpoint throws', async () => {
    const client = fakeClient({ maria: 'B-NAME' });
    const text = `${'x '.repeat(300)}she saw maria`;
    const reached: [number, number][] = [];
    const stopAtThirdCall = (done: number, total: number) => {
      reached.push([done, total]);
      if (done === 4) throw new Error('cancelled');
    };
    const recognizer = createNerRecognizer(client, { windowTokens: 64, overlapTokens: 16, batchSize: 2 });
    await expect(recognizer.recognize(text, { ...ctx, checkpoint: stopAtThirdCall })).rejects.toThrow('cancelled');
    const total = reached[0][1];
    expect(total).toBeGreaterThan(5);
    expect(reached).toEqual([[0, total], [2, total], [4, total]]);
    expect(client.calls.map((batch) => batch.length)).toEqual([2, 2]);
  });

  it.each([
    [[3, 3, 3, 3, 3, 2], 4, [[0, 4], [4, 1], [5, 1]]],
    [[3, 3, 2], 4, [[0, 2], [2, 1]]],
    [[3, 3, 3], 2, [[0, 2], [2, 1]]],
    [[2], 4, [[0, 1]]],
    [[], 4, []],
  ])('equalLengthBatches of lengths %j, at most %i: [first, size] %j', (lengths, size, expected) => {
    const sequences = lengths.map((n) => Array.from({ length: n }, () => 0));
    expect(equalLengthBatches(sequences, size).map((b) => [b.first, b.batch.length])).toEqual(expected);
  });

  it('gives the shorter last window a model call of its own', async () => {
    const client = fakeClient({});
    const text = 'x '.repeat(210);
    await createNerRecognizer(client, { windowTokens: 64, overlapTokens: 16, batchSize: 4 }).recognize(text, ctx);
    const lengths = client.calls.map((batch) => batch.map((w) => w.length));
    expect(lengths.flat().length).toBeGreaterThan(4);
    for (const batch of lengths) expect(new Set(batch).size).toBe(1);
    expect(lengths.at(-1)).toEqual([lengths.flat().at(-1)]);
    expect(lengths.flat().at(-1)).toBeLessThan(64);
  });

  it('returns nothing for empty or blank text without calling the model', async () => {
    const client = fakeClient({});
    expect(await createNerRecognizer(client).recognize('  \n ', ctx)).toEqual([]);
    expect(client.calls).toHaveLength(0);
  });
});
