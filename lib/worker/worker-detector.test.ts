import { describe, expect, it } from 'vitest';
import type { Recognizer } from '../detect/types';
import { createWorkerDetector } from './worker-detector';

const TEXT = 'Results reviewed with okonkwo today. Call 608-555-0143.';
const mariaModel: Recognizer = {
  name: 'ner',
  labels: ['NAME'],
  recognize: async (text) => [{ start: text.indexOf('okonkwo'), end: text.indexOf('okonkwo') + 7, label: 'NAME', score: 0.9, source: 'ner' }],
};
const texts2 = (text: string, findings: { start: number; end: number }[]) => findings.map((f) => text.slice(f.start, f.end));
const texts = (findings: { start: number; end: number }[]) => findings.map((f) => TEXT.slice(f.start, f.end));

describe('createWorkerDetector', () => {
  it('merges the model with the rules', async () => {
    const result = await createWorkerDetector(async () => mariaModel).detect(TEXT, []);
    expect(result.modelStatus).toBe('ready');
    expect(texts(result.findings)).toEqual(expect.arrayContaining(['okonkwo', '608-555-0143']));
  });

  it('answers with the rules when the model cannot load', async () => {
    const result = await createWorkerDetector(() => Promise.reject(new Error('corrupt'))).detect(TEXT, []);
    expect(result.modelStatus).toBe('unavailable');
    expect(texts(result.findings)).toContain('608-555-0143');
  });

  it('answers with the rules when the model fails on a text', async () => {
    const failing: Recognizer = { ...mariaModel, recognize: () => Promise.reject(new Error('out of memory')) };
    const result = await createWorkerDetector(async () => failing).detect(TEXT, []);
    expect(result.modelStatus).toBe('unavailable');
    expect(texts(result.findings)).toEqual(['608-555-0143']);
  });

  it('lets the model read only the beginning of a very long text and says so', async () => {
    const seen: number[] = [];
    const measuring: Recognizer = { ...mariaModel, recognize: async (text) => (seen.push(text.length), []) };
    const long = `${'x'.repeat(50)} call 608-555-0143`;
    const result = await createWorkerDetector(async () => measuring, 20).detect(long, []);
    expect(seen).toEqual([20]);
    expect(result.modelStatus).toBe('partial');
    expect(texts2(long, result.findings)).toEqual(['608-555-0143']);
  });

  it('drops findings under the threshold it is given', async () => {
    const unsure: Recognizer = {
      ...mariaModel,
      recognize: async (text) => [{ start: text.indexOf('okonkwo'), end: text.indexOf('okonkwo') + 7, label: 'NAME', score: 0.6, source: 'ner' }],
    };
    const detector = createWorkerDetector(async () => unsure);
    expect(texts((await detector.detect(TEXT, [], 0.5)).findings)).toContain('okonkwo');
    expect(texts((await detector.detect(TEXT, [], 0.7)).findings)).not.toContain('okonkwo');
  });
});
