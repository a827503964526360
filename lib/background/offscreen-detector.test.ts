import { describe, expect, it } from 'vitest';
import { createOffscreenDetector, type OffscreenApi } from './offscreen-detector';

const answer = { ok: true, findings: [], modelStatus: 'ready' } as const;

/** An offscreen API whose document starts listening after `failures` messages. */
function fakeOffscreen(failures: number, error = 'Error: Could not establish connection. Receiving end does not exist.') {
  let sent = 0;
  let created = 0;
  const api: OffscreenApi = {
    hasDocument: async () => created > 0,
    createDocument: async () => void created++,
    sendMessage: async () => {
      sent++;
      if (sent <= failures) throw new Error(error);
      return answer;
    },
  };
  return { api, sentCount: () => sent, createdCount: () => created };
}

const noWait = async () => {};

describe('createOffscreenDetector', () => {
  it('creates the document once and answers', async () => {
    const offscreen = fakeOffscreen(0);
    const detect = createOffscreenDetector(offscreen.api, noWait);
    expect(await detect('text', [], 0.5)).toEqual(answer);
    expect(await detect('text', [], 0.5)).toEqual(answer);
    expect(offscreen.createdCount()).toBe(1);
  });

  it('waits for a new document to start listening instead of failing the first check', async () => {
    const offscreen = fakeOffscreen(3);
    expect(await createOffscreenDetector(offscreen.api, noWait)('text', [], 0.5)).toEqual(answer);
    expect(offscreen.sentCount()).toBe(4);
  });

  it('gives up with an error answer when the document never listens', async () => {
    const offscreen = fakeOffscreen(Infinity);
    const result = await createOffscreenDetector(offscreen.api, noWait)('text', [], 0.5);
    expect(result.ok).toBe(false);
    expect(offscreen.sentCount()).toBeGreaterThan(10);
  });

  it('does not retry other errors', async () => {
    const offscreen = fakeOffscreen(Infinity, 'Error: something else broke');
    const result = await createOffscreenDetector(offscreen.api, noWait)('text', [], 0.5);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('something else broke') });
    expect(offscreen.sentCount()).toBe(1);
  });
});
