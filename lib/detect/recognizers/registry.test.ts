import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleRecognizers } from './registry';

// One recognizer a file, named by what it finds; a file left out of the registry would silently find nothing.
const recognizerFiles = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'registry.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('ruleRecognizers', () => {
  it('registers one recognizer for every file in recognizers/, named after it', () => {
    expect(ruleRecognizers().map((recognizer) => recognizer.name).sort()).toEqual([...recognizerFiles].sort());
  });

  it('gives every recognizer a test file beside it', () => {
    const testFiles = new Set(readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.test.ts')));
    expect(recognizerFiles.filter((file) => !testFiles.has(`${file}.test.ts`))).toEqual([]);
  });

  it('declares at least one label for every recognizer', () => {
    expect(ruleRecognizers().filter((recognizer) => recognizer.labels.length === 0)).toEqual([]);
  });
});
