import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap, preTokenize } from './normalize';


// Read with JSON.parse: the file holds a lone surrogate, which Vite's JSON plugin rejects.
const golden: unknown = JSON.parse(readFileSync(new URL('./fixtures/normalize-golden.json', import.meta.url), 'utf8'));

interface Case {
  text: string;
  chars: string[];
  starts: number[];
  ends: number[];
  words: [string, number, number][];
}

// The golden file is written by training/make_fixtures.py from training/textnorm.py: the model
// only works if inference normalises exactly as training did.
describe('normalize matches the Python training side', () => {
  it.each((golden as Case[]).map((c) => [JSON.stringify(c.text).slice(0, 50), c] as const))('%s', (_, c) => {
    const n = normalizeWithMap(c.text);
    expect(n.chars).toEqual(c.chars);
    expect(n.starts).toEqual(c.starts);
    expect(n.ends).toEqual(c.ends);
    expect(preTokenize(n).map((w) => [w.text, w.start, w.end])).toEqual(c.words);
  });
});

describe('normalizeWithMap', () => {
  it('maps every output character back to the original, also past emoji', () => {
    const text = 'Dr 🙂 ÉMILE';
    const n = normalizeWithMap(text);
    const e = n.chars.indexOf('e');
    expect(text.slice(n.starts[e], n.ends[e])).toBe('É');
    expect(n.chars.join('')).toBe('dr 🙂 emile');
  });
});
