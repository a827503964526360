import { describe, expect, it } from 'vitest';
import { mergeFindings } from './merge';
import { MODEL_SOURCE, type Finding } from './types';

const TEXT = 'Write to ana.lopez@example.org today';
const email: Finding = { start: 9, end: 30, label: 'EMAIL', score: 0.8, source: 'email' };

describe('mergeFindings', () => {
  it('lets a rule finding keep its label and edges against a more confident model guess', () => {
    const modelGuess: Finding = { start: 9, end: 18, label: 'NAME', score: 0.99, source: MODEL_SOURCE };
    expect(mergeFindings([modelGuess, email], TEXT)).toEqual([email]);
  });

  // The engine trims a remnant's edges after the merge.
  it('keeps what the model found outside a rule finding', () => {
    const modelGuess: Finding = { start: 9, end: 36, label: 'ORGANIZATION', score: 0.9, source: MODEL_SOURCE };
    const merged = mergeFindings([modelGuess, email], TEXT).map((finding) => [TEXT.slice(finding.start, finding.end).trim(), finding.label]);
    expect(merged).toEqual([
      ['ana.lopez@example.org', 'EMAIL'],
      ['today', 'ORGANIZATION'],
    ]);
  });

  it('between rules, the higher score wins the overlap', () => {
    const weakName: Finding = { start: 9, end: 18, label: 'NAME', score: 0.6, source: 'titled-name' };
    expect(mergeFindings([weakName, email], TEXT)).toEqual([email]);
  });
});
