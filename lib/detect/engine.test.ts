import { describe, expect, it } from 'vitest';
import { CONTEXT_BOOST, createDetector, DEFAULT_THRESHOLD, hasContextWord } from './engine';
import type { Finding, PhiLabel, Recognizer } from './types';

function fakeRecognizer(
  name: string,
  spans: readonly [number, number, PhiLabel, number][],
  options: { context?: string[]; async?: boolean } = {},
): Recognizer {
  const findings = (): Finding[] => spans.map(([start, end, label, score]) => ({ start, end, label, score, source: name }));
  return {
    name,
    labels: [...new Set(spans.map(([, , label]) => label))],
    context: options.context,
    recognize: () => (options.async ? Promise.resolve(findings()) : findings()),
  };
}

describe('createDetector', () => {
  it('runs synchronous and async recognizers, extra ones included, sorted by start', async () => {
    const text = 'Maria Lopez on 3/14 at 617-555-0142';
    const detector = createDetector([fakeRecognizer('date', [[15, 19, 'DATE', 0.9]])]);
    const ner = fakeRecognizer('ner', [[0, 11, 'NAME', 0.8], [23, 35, 'PHONE', 0.7]], { async: true });
    const findings = await detector.detect(text, { extraRecognizers: [ner] });
    expect(findings.map((finding) => [text.slice(finding.start, finding.end), finding.label])).toEqual([
      ['Maria Lopez', 'NAME'],
      ['3/14', 'DATE'],
      ['617-555-0142', 'PHONE'],
    ]);
  });

  it('passes personal terms to recognizers', async () => {
    let seen: readonly string[] = [];
    const spy: Recognizer = {
      name: 'spy',
      labels: ['NAME'],
      recognize: (_text, context) => {
        seen = context.personalTerms;
        return [];
      },
    };
    await createDetector([spy]).detect('x', { personalTerms: ['Lopez'] });
    expect(seen).toEqual(['Lopez']);
  });

  it('drops findings below the threshold, default and custom', async () => {
    const detector = createDetector([fakeRecognizer('weak', [[0, 4, 'ID', DEFAULT_THRESHOLD - 0.01], [5, 9, 'ID', 0.7]])]);
    expect((await detector.detect('1234 5678')).map((finding) => finding.start)).toEqual([5]);
    expect(await detector.detect('1234 5678', { threshold: 0.8 })).toEqual([]);
  });

  it('raises a score when a context word comes just before the candidate', async () => {
    const detector = createDetector([fakeRecognizer('phone', [[6, 14, 'PHONE', 0.4]], { context: ['pager'] })]);
    const [finding] = await detector.detect('pager 555-0142');
    expect(finding.score).toBeCloseTo(0.4 + CONTEXT_BOOST);
    expect(await detector.detect('lab   555-0142')).toEqual([]);
  });

  it('clamps spans to the text and drops empty ones', async () => {
    const detector = createDetector([fakeRecognizer('sloppy', [[-3, 4, 'ID', 0.9], [8, 99, 'ID', 0.9], [5, 5, 'ID', 0.9]])]);
    const text = '1234 5678 90';
    expect((await detector.detect(text)).map((finding) => text.slice(finding.start, finding.end))).toEqual(['1234', '8 90']);
  });

  it('joins overlapping findings of one label', async () => {
    const text = 'Maria Lopez';
    const detector = createDetector([fakeRecognizer('a', [[0, 5, 'NAME', 0.6]]), fakeRecognizer('b', [[3, 11, 'NAME', 0.9]])]);
    expect(await detector.detect(text)).toEqual([{ start: 0, end: 11, label: 'NAME', score: 0.9, source: 'b' }]);
  });

  it('gives an overlap to the higher score and keeps the rest of the loser', async () => {
    const text = 'Lopez Clinic 617-555-0142';
    const detector = createDetector([
      fakeRecognizer('org', [[0, 12, 'ORGANIZATION', 0.9]]),
      fakeRecognizer('name', [[0, 5, 'NAME', 0.6]]),
      fakeRecognizer('id', [[6, 25, 'ID', 0.55]]),
    ]);
    expect((await detector.detect(text)).map((finding) => [text.slice(finding.start, finding.end), finding.label])).toEqual([
      ['Lopez Clinic', 'ORGANIZATION'],
      ['617-555-0142', 'ID'],
    ]);
  });

  it('prefers the longer span when scores tie', async () => {
    const text = 'March 14, 2024';
    const detector = createDetector([fakeRecognizer('a', [[0, 8, 'DATE', 0.8]]), fakeRecognizer('b', [[0, 14, 'ID', 0.8]])]);
    expect((await detector.detect(text)).map((finding) => finding.label)).toEqual(['ID']);
  });

  it('finds nothing inside NoteGuard placeholders', async () => {
    const text = 'Seen by [NAME 1] on [DATE 2, 2024].';
    const everything = fakeRecognizer('everything', [[0, text.length, 'NAME', 0.9]]);
    const findings = await createDetector([everything]).detect(text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['Seen by', 'on']);
  });

  it('drops medical terms the allow-list knows', async () => {
    const text = 'Parkinson disease; Foley catheter; Dr. Foley; Wilson disease; Ms. Wilson; Wilson';
    const spans = ['Parkinson disease', 'Foley', 'Foley', 'Wilson', 'Wilson', 'Wilson'];
    let from = 0;
    const found = spans.map((span): [number, number, PhiLabel, number] => {
      const start = text.indexOf(span, from);
      from = start + span.length;
      return [start, start + span.length, 'NAME', 0.9];
    });
    const detector = createDetector([fakeRecognizer('ner', found)]);
    expect((await detector.detect(text)).map((finding) => text.slice(finding.start - 4, finding.end))).toEqual([
      'Dr. Foley',
      'Ms. Wilson',
      'on; Wilson',
    ]);
  });
});

describe('hasContextWord', () => {
  it.each([
    ['Phone: ', ['phone'], true],
    ['DOB ', ['dob'], true],
    ['telephone ', ['phone'], false],
    ['date of birth: ', ['date of birth'], true],
    ['', ['phone'], false],
  ])('%j with %j → %s', (before, words, expected) => {
    expect(hasContextWord(`${before}X`, before.length, words)).toBe(expected);
  });
});
