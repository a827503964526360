import { describe, expect, it } from 'vitest';
import {
  REMEMBER_MS,
  fingerprintText,
  forgetExpired,
  isFingerprint,
  matchesPortal,
  normaliseWords,
  remember,
  shingles,
} from './fingerprint';

const NOTE =
  'Patient seen for follow-up of type 2 diabetes. A1c 7.9 percent, up from 7.1. Continue metformin 1000 mg twice daily and recheck in three months.';

describe('normalising and shingling', () => {
  it.each([
    ['Café  AU-LAIT, 10mg!', ['cafe', 'au', 'lait', '10mg']],
    ['  ', []],
    ['Señora Núñez', ['senora', 'nunez']],
  ])('%j → %j', (text, words) => {
    expect(normaliseWords(text)).toEqual(words);
  });

  it('makes overlapping five-word shingles, or one for a short text', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a b c d e', 'b c d e f']);
    expect(shingles(['a', 'b'])).toEqual(['a b']);
    expect(shingles([])).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('are 64-bit hex hashes and never contain the words', async () => {
    const fingerprints = await fingerprintText(NOTE);
    expect(fingerprints.length).toBeGreaterThan(10);
    for (const fingerprint of fingerprints) {
      expect(isFingerprint(fingerprint)).toBe(true);
      expect(fingerprint).not.toMatch(/metformin|diabetes/);
    }
  });

  it('ignore case, spacing and punctuation', async () => {
    expect(await fingerprintText('Continue  METFORMIN, 1000 mg twice daily')).toEqual(
      await fingerprintText('continue metformin 1000 mg twice daily'),
    );
  });
});

describe('remembering portal copies', () => {
  const now = 1_000_000;

  it.each([
    ['the whole note pasted', NOTE, true],
    ['one sentence of it, re-spaced', 'A1c 7.9 percent,   up from 7.1. Continue metformin 1000 mg twice daily', true],
    ['the note inside a question of similar length', `Can you tell me what this means for me and my family and my job and my health? ${NOTE.slice(0, 60)}`, false],
    ['unrelated text', 'What is a normal blood pressure for someone my age who walks every day?', false],
    ['a common four-word phrase', 'twice daily and recheck', false],
  ])('%s → %s', async (_name, pasted, expected) => {
    const memory = remember({}, await fingerprintText(NOTE), now);
    expect(matchesPortal(memory, await fingerprintText(pasted), now + 1000)).toBe(expected);
  });

  it('forgets after two hours', async () => {
    const memory = remember({}, await fingerprintText(NOTE), now);
    expect(matchesPortal(memory, await fingerprintText(NOTE), now + REMEMBER_MS - 1)).toBe(true);
    expect(matchesPortal(memory, await fingerprintText(NOTE), now + REMEMBER_MS + 1)).toBe(false);
    expect(forgetExpired(memory, now + REMEMBER_MS + 1)).toEqual({});
  });

  it('keeps only well-formed fingerprints', () => {
    expect(Object.keys(remember({}, ['0123456789abcdef', 'metformin', 'ABCDEF0123456789'], now))).toEqual(['0123456789abcdef']);
  });
});
