import { describe, expect, it } from 'vitest';
import type { Recognizer } from '../detect/types';
import type { DetectProgress } from '../messaging/protocol';
import { WARM_UP_TEXT, createWorkerDetector } from './worker-detector';

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
    const result = await createWorkerDetector(async () => measuring, { modelTextLimit: 20 }).detect(long, []);
    expect(seen).toEqual([20]);
    expect(result.modelStatus).toBe('partial');
    expect(result.modelReadCharacters).toBe(20);
    expect(texts2(long, result.findings)).toEqual(['608-555-0143']);
  });

  it('reports progress between model windows once the check has run a while, the rules counted as the first part', async () => {
    let clock = 0;
    const threeWindows: Recognizer = {
      ...mariaModel,
      recognize: async (_text, context) => {
        for (let window = 0; window < 3; window++) {
          await context.checkpoint?.(window, 3);
          clock += 100;
        }
        return [];
      },
    };
    const seen: DetectProgress[] = [];
    const detector = createWorkerDetector(async () => threeWindows, { progressAfterMs: 150, now: () => clock });
    await detector.detect(TEXT, [], 0.5, { onProgress: (progress) => seen.push(progress) });
    expect(seen).toEqual([{ done: 3, total: 4 }]);
    seen.length = 0;
    await createWorkerDetector(async () => threeWindows, { progressAfterMs: 0, now: () => clock }).detect(TEXT, [], 0.5, {
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { done: 1, total: 4 },
      { done: 2, total: 4 },
      { done: 3, total: 4 },
    ]);
  });

  it('stops the model at the next window once the check is cancelled, and does not answer with the rules', async () => {
    const stop = new AbortController();
    let windowsRun = 0;
    const slowModel: Recognizer = {
      ...mariaModel,
      recognize: async (_text, context) => {
        for (let window = 0; window < 100; window++) {
          await context.checkpoint?.(window, 100);
          windowsRun++;
          if (windowsRun === 2) stop.abort();
        }
        return [];
      },
    };
    const detection = createWorkerDetector(async () => slowModel).detect(TEXT, [], 0.5, { signal: stop.signal });
    await expect(detection).rejects.toThrow();
    expect(windowsRun).toBe(2);
  });

  it('lets a cancel message sent while the model runs reach the worker before the next window', async () => {
    const stop = new AbortController();
    let windowsRun = 0;
    const model: Recognizer = {
      ...mariaModel,
      recognize: async (_text, context) => {
        for (let window = 0; window < 100; window++) {
          await context.checkpoint?.(window, 100);
          windowsRun++;
        }
        return [];
      },
    };
    // A cancel arrives as a task (a worker message), never as a microtask: the checkpoint must yield.
    const cancel = new MessageChannel();
    cancel.port1.onmessage = () => {
      cancel.port1.close();
      stop.abort();
    };
    cancel.port2.postMessage('cancel');
    await expect(createWorkerDetector(async () => model).detect(TEXT, [], 0.5, { signal: stop.signal })).rejects.toThrow();
    expect(windowsRun).toBeLessThan(100);
  });

  it("warms the model up on the page's empty check, once, on a made-up note and never again", async () => {
    const read: string[] = [];
    const model: Recognizer = { ...mariaModel, recognize: async (text) => (read.push(text), []) };
    const detector = createWorkerDetector(async () => model, { warmUpRuns: 3 });
    expect(await detector.detect('', [])).toEqual({ findings: [], modelStatus: 'ready' });
    await detector.detect('', []);
    expect(read).toEqual([WARM_UP_TEXT, WARM_UP_TEXT, WARM_UP_TEXT]);
    await detector.detect(TEXT, []);
    expect(read.at(-1)).toBe(TEXT);
  });

  it('gives way to a real check at the next model window', async () => {
    const read: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const model: Recognizer = {
      ...mariaModel,
      recognize: async (text, context) => {
        read.push(text);
        if (text === WARM_UP_TEXT) {
          await held;
          await context.checkpoint?.(1, 2);
        }
        return [];
      },
    };
    const detector = createWorkerDetector(async () => model, { warmUpRuns: 5 });
    const warming = detector.detect('', []);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const checked = detector.detect(TEXT, []);
    release();
    await Promise.all([warming, checked]);
    expect(read.filter((text) => text === WARM_UP_TEXT)).toHaveLength(1);
    expect(read).toContain(TEXT);
  });

  it('answers the empty check with the rules alone when the model cannot load', async () => {
    const result = await createWorkerDetector(() => Promise.reject(new Error('corrupt'))).detect('', []);
    expect(result).toEqual({ findings: [], modelStatus: 'unavailable' });
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
