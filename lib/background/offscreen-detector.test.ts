import { describe, expect, it } from 'vitest';
import { CANCELLED, type DetectProgress, type WorkerCancelRequest, type WorkerDetectRequest } from '../messaging/protocol';
import { createOffscreenDetector, type OffscreenApi } from './offscreen-detector';

const answer = { ok: true, findings: [], modelStatus: 'ready' } as const;

const NOT_LISTENING = 'Error: Could not establish connection. Receiving end does not exist.';

/** An offscreen API whose document starts listening after `failures` messages. */
function fakeOffscreen(failures: number, error = NOT_LISTENING) {
  let sent = 0;
  let created = 0;
  let asked = 0;
  let open = false;
  const api: OffscreenApi = {
    hasDocument: async () => (asked++, open),
    createDocument: async () => void (created++, (open = true)),
    sendMessage: async () => {
      sent++;
      if (!open || sent <= failures) throw new Error(open ? error : NOT_LISTENING);
      return answer;
    },
  };
  /** Chrome closed the document (or it crashed). */
  const close = () => (open = false);
  return { api, close, sentCount: () => sent, createdCount: () => created, askedCount: () => asked };
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

  it('asks Chrome whether the document exists only until it has seen it', async () => {
    const offscreen = fakeOffscreen(0);
    const detect = createOffscreenDetector(offscreen.api, noWait);
    for (let i = 0; i < 3; i++) expect(await detect('text', [], 0.5)).toEqual(answer);
    expect(offscreen.askedCount()).toBe(1);
  });

  it('creates the document again when Chrome has closed it', async () => {
    const offscreen = fakeOffscreen(0);
    const detect = createOffscreenDetector(offscreen.api, noWait);
    expect(await detect('text', [], 0.5)).toEqual(answer);
    offscreen.close();
    expect(await detect('text', [], 0.5)).toEqual(answer);
    expect(offscreen.createdCount()).toBe(2);
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

  it("hands each check its document's progress reports, and cancels in the document when stopped", async () => {
    const sent: (WorkerDetectRequest | WorkerCancelRequest)[] = [];
    let report!: (requestId: number, progress: DetectProgress) => void;
    const api: OffscreenApi = {
      hasDocument: async () => true,
      createDocument: async () => {},
      sendMessage: (message) => (sent.push(message), new Promise(() => {})),
      onProgress: (listener) => (report = listener),
    };
    const detect = createOffscreenDetector(api, noWait);
    const seen: DetectProgress[] = [];
    const stop = new AbortController();
    const answer = detect('a megabyte', [], 0.5, { onProgress: (progress) => seen.push(progress), signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const request = sent[0] as WorkerDetectRequest;
    report(request.requestId, { done: 2, total: 9 });
    report(request.requestId + 1, { done: 5, total: 5 });
    expect(seen).toEqual([{ done: 2, total: 9 }]);
    stop.abort();
    await expect(answer).resolves.toEqual({ ok: false, error: CANCELLED });
    expect(sent[1]).toEqual({ to: 'detector', kind: 'cancel', requestId: request.requestId });
  });
});
