import { describe, expect, it } from 'vitest';
import { PHI_LABELS } from '../../lib/detect/types';
import { generateSplit, type Note } from './corpus';
import { trimmedRange } from './pieces';
import type { Split } from './split';

const SEED = 7;
const collect = (split: Split, count: number): Note[] => [...generateSplit(SEED, { split, count, snippetShare: 0.15 })];

describe.each(['train', 'dev', 'heldout'] as const)('%s notes', (split) => {
  const notes = collect(split, 300);

  it('has spans inside the text, sorted, non-overlapping and with known labels', () => {
    for (const note of notes) {
      let previousEnd = 0;
      for (const span of note.spans) {
        expect(PHI_LABELS).toContain(span.label);
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(note.text.length);
        previousEnd = span.end;
      }
    }
  });

  it('has trimmed spans: no edge whitespace or unbalanced punctuation', () => {
    for (const note of notes) {
      for (const span of note.spans) {
        const value = note.text.slice(span.start, span.end);
        expect(trimmedRange(value), JSON.stringify(value)).toEqual([0, value.length]);
        expect(value).toBe(value.trim());
      }
    }
  });

  it('marks the split on every note', () => {
    expect(notes.every((note) => note.split === split)).toBe(true);
  });
});

describe('determinism', () => {
  it('gives identical notes for the same seed', () => {
    expect(collect('train', 200)).toEqual(collect('train', 200));
  });

  it('gives different notes for another seed', () => {
    const other = [...generateSplit(SEED + 1, { split: 'train', count: 20, snippetShare: 0.15 })];
    expect(other.map((n) => n.text)).not.toEqual(collect('train', 20).map((n) => n.text));
  });
});

describe('held-out split', () => {
  const train = collect('train', 1500);
  const heldout = collect('heldout', 500);

  it('uses template families that train never uses', () => {
    const trainFamilies = new Set(train.map((n) => n.family));
    expect(heldout.some((n) => !trainFamilies.has(n.family))).toBe(true);
  });

  it('shares few multi-word names with train', () => {
    const names = (notes: Note[]) =>
      new Set(notes.flatMap((n) => n.spans.filter((s) => s.label === 'NAME').map((s) => n.text.slice(s.start, s.end).toLowerCase())).filter((v) => v.includes(' ')));
    const trainNames = names(train);
    const heldoutNames = [...names(heldout)];
    const shared = heldoutNames.filter((name) => trainNames.has(name));
    expect(shared.length / heldoutNames.length).toBeLessThan(0.02);
  });
});
