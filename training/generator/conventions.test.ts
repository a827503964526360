import { describe, expect, it } from 'vitest';
import { generateSplit } from './corpus';

const notes = [...generateSplit(11, { split: 'train', count: 1500, snippetShare: 0.15 })];
const spanTexts = (label: string) =>
  notes.flatMap((note) => note.spans.filter((span) => span.label === label).map((span) => note.text.slice(span.start, span.end)));

describe('label conventions', () => {
  it('keeps titles and credentials out of NAME spans', () => {
    for (const name of spanTexts('NAME')) {
      expect(name, name).not.toMatch(/^(dr|mr|mrs|ms|miss|doctor)\b\.?\s/i);
      expect(name, name).not.toMatch(/,\s*(MD|DO|RN|NP|PA-C)$/i);
    }
  });

  it('keeps field prefixes out of ID spans', () => {
    for (const id of spanTexts('ID')) expect(id, id).not.toMatch(/^(mrn|mr#|ssn|acct|npi|dea)\b/i);
  });

  it('labels only ages over 89', () => {
    for (const age of spanTexts('AGE')) {
      const number = Number(age);
      if (!Number.isNaN(number)) expect(number).toBeGreaterThan(89);
      else expect(age).toMatch(/^(ninety|one hundred)/i);
    }
  });

  it('never labels eponyms, drug names or common words used as words', () => {
    // Phrases, not bare words: "Foley" or "Murphy" alone may well be a patient's surname.
    const negatives = /(parkinson's disease|foley catheter|apgar|crohn's disease|hodgkin lymphoma|babinski|murphy's sign|eliquis|lasix|tylenol|metformin|white count|will continue)/i;
    for (const label of ['NAME', 'ORGANIZATION', 'ADDRESS']) {
      for (const value of spanTexts(label)) expect(value, value).not.toMatch(negatives);
    }
  });

  it('does not label bare years as dates', () => {
    for (const date of spanTexts('DATE')) expect(date, date).not.toMatch(/^\d{4}$/);
  });

  it('covers every label', () => {
    const labels = new Set(notes.flatMap((note) => note.spans.map((span) => span.label)));
    expect([...labels].sort()).toEqual(['ADDRESS', 'AGE', 'DATE', 'EMAIL', 'ID', 'NAME', 'ORGANIZATION', 'PHONE', 'URL']);
  });
});
