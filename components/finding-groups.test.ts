import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/detect/types';
import { groupFindings, segmentText } from './finding-groups';

const TEXT = 'Rosa saw Dr. Lee on 3/14. Rosa called 555-0143.';
const at = (words: string, label: Finding['label'], from = 0): Finding => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length, label, score: 0.9, source: 'test' };
};
const FINDINGS = [at('Rosa', 'NAME'), at('Lee', 'NAME'), at('3/14', 'DATE'), at('Rosa', 'NAME', 20), at('555-0143', 'PHONE')];

describe('groupFindings', () => {
  it('groups the same words with the same label, in order of first appearance', () => {
    expect(groupFindings(TEXT, FINDINGS).map((group) => [group.text, group.members])).toEqual([
      ['Rosa', [0, 3]],
      ['Lee', [1]],
      ['3/14', [2]],
      ['555-0143', [4]],
    ]);
  });
});

describe('segmentText', () => {
  it('splits the whole text into plain runs and findings', () => {
    const segments = segmentText(TEXT, FINDINGS);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.filter((segment) => segment.findingIndex !== undefined).map((segment) => segment.findingIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops at `end`, keeping a finding that crosses it whole', () => {
    const end = TEXT.indexOf('3/14') + 2;
    const segments = segmentText(TEXT, FINDINGS, end);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT.slice(0, TEXT.indexOf('3/14') + 4));
    expect(segments.at(-1)).toEqual({ text: '3/14', findingIndex: 2 });
  });
});
