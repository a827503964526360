import { describe, expect, it } from 'vitest';
import { evaluate, scoresOf, tokenize } from './evaluate';
import type { PhiLabel } from './types';

describe('tokenize', () => {
  it('splits on anything but letters and digits, any script', () => {
    const text = 'Dr. José Núñez, 617-555-0142; 東京';
    expect(tokenize(text).map(([start, end]) => text.slice(start, end))).toEqual(['Dr', 'José', 'Núñez', '617', '555', '0142', '東京']);
  });
});

describe('scoresOf', () => {
  it('computes precision, recall and F2', () => {
    const scores = scoresOf({ truePositives: 8, falsePositives: 2, falseNegatives: 2 });
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBeCloseTo(0.8);
    expect(scores.f2).toBeCloseTo(0.8);
    expect(scoresOf({ truePositives: 1, falsePositives: 0, falseNegatives: 3 }).f2).toBeCloseTo((5 * 1 * 0.25) / (4 + 0.25));
  });

  it('treats nothing to find and nothing found as perfect', () => {
    expect(scoresOf({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toMatchObject({ precision: 1, recall: 1, f2: 1 });
  });
});

describe('evaluate', () => {
  const text = 'Maria Lopez seen 3/14/2024 at Mercy Hospital, MRN 4417823.';
  const span = (part: string, label: PhiLabel) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, label });
  const gold = [
    span('Maria Lopez', 'NAME'),
    span('3/14/2024', 'DATE'),
    span('Mercy Hospital', 'ORGANIZATION'),
    span('4417823', 'ID'),
  ];

  it('scores a perfect prediction as 1', () => {
    const result = evaluate([{ id: 'a', text, gold, predicted: gold }]);
    expect(result.labelAgnostic).toMatchObject({ precision: 1, recall: 1, truePositives: 8 });
    expect(result.labelAware.f2).toBe(1);
    expect(result.misses).toEqual([]);
  });

  it('counts tokens, separates label-agnostic from label-aware, and lists errors', () => {
    const predicted = [span('Maria', 'NAME'), span('3/14/2024', 'DATE'), span('Mercy Hospital', 'NAME'), span('MRN 4417823', 'ID')];
    const result = evaluate([{ id: 'a', text, gold, predicted }]);
    expect(result.labelAgnostic).toMatchObject({ truePositives: 7, falsePositives: 1, falseNegatives: 1 });
    expect(result.perLabel.NAME).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(result.perLabel.ORGANIZATION).toMatchObject({ truePositives: 0, falseNegatives: 2 });
    expect(result.perLabel.ID).toMatchObject({ truePositives: 1, falsePositives: 1 });
    expect(result.labelAware).toMatchObject({ truePositives: 5, falsePositives: 3, falseNegatives: 3 });
    expect(result.misses.map((miss) => miss.text)).toEqual(['Maria Lopez']);
    expect(result.falsePositives.map((error) => [error.text, error.label])).toEqual([['MRN 4417823', 'ID']]);
    expect(result.misses[0].context).toBe('[[Maria Lopez]] seen 3/14/2024 at Mercy Hospi');
  });

  it('counts a span as fully caught only when every token of it is found, whatever the label', () => {
    const predicted = [span('Maria', 'NAME'), span('Mercy Hospital', 'NAME'), span('3/14/2024', 'DATE')];
    const result = evaluate([{ id: 'a', text, gold: [...gold, span('Lopez', 'NAME')], predicted }]);
    expect(result.spansFullyCaught.NAME).toEqual({ caught: 0, total: 2 });
    expect(result.spansFullyCaught.ORGANIZATION).toEqual({ caught: 1, total: 1 });
    expect(result.spansFullyCaught.DATE).toEqual({ caught: 1, total: 1 });
    expect(result.spansFullyCaught.ID).toEqual({ caught: 0, total: 1 });
  });
});
