import { describe, expect, it } from 'vitest';
import { mergeFindings } from './merge';
import type { Finding, PhiLabel } from './types';

const finding = (start: number, end: number, label: PhiLabel, score: number): Finding => ({ start, end, label, score, source: 'test' });
const TEXT = 'Adel Dickens, MD of Boston 02114 and more text here';

describe('mergeFindings', () => {
  it.each([
    ['keeps disjoint findings, sorted', [finding(20, 26, 'ADDRESS', 0.7), finding(0, 12, 'NAME', 0.8)], [[0, 12, 'NAME'], [20, 26, 'ADDRESS']]],
    ['joins overlapping findings of one label', [finding(0, 4, 'NAME', 0.6), finding(2, 12, 'NAME', 0.9)], [[0, 12, 'NAME']]],
    ['gives the overlap to the higher score', [finding(0, 16, 'ADDRESS', 0.65), finding(0, 12, 'NAME', 0.85)], [[0, 12, 'NAME']]],
    ['keeps a substantial remnant of the loser', [finding(13, 26, 'ADDRESS', 0.6), finding(13, 18, 'ORGANIZATION', 0.9)], [[13, 18, 'ORGANIZATION'], [18, 26, 'ADDRESS']]],
    ['prefers the longer span when scores tie', [finding(20, 26, 'ADDRESS', 0.8), finding(20, 32, 'ID', 0.8)], [[20, 32, 'ID']]],
  ] as const)('%s', (_name, findings, expected) => {
    expect(mergeFindings(findings, TEXT).map(({ start, end, label }) => [start, end, label])).toEqual(expected);
  });

  it('keeps every remnant when asked to, for redaction', () => {
    const findings = [finding(0, 16, 'ADDRESS', 0.65), finding(0, 12, 'NAME', 0.85)];
    expect(mergeFindings(findings, TEXT, { minRemnantLength: 1 }).map(({ start, end }) => [start, end])).toEqual([[0, 12], [12, 16]]);
  });
});
