import { describe, expect, it } from 'vitest';
import { CANCELLED, type DetectPortReply, type DetectPortRequest, type DetectProgress, type DetectResponse } from '../messaging/protocol';
import { detectOverPort, type PagePort } from './port-detection';

class FakePort implements PagePort {
  sent: DetectPortRequest[] = [];
  disconnected = false;
  private messageListeners: ((message: DetectPortReply) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (listener: (message: DetectPortReply) => void) => void this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  postMessage(message: DetectPortRequest) {
    this.sent.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  fromBackground(message: DetectPortReply) {
    for (const listener of this.messageListeners) listener(message);
  }
  backgroundGone() {
    for (const listener of this.disconnectListeners) listener();
  }
}

const RESULT: DetectResponse = { ok: true, findings: [], modelStatus: 'ready', elapsedMs: 5 };

describe('detectOverPort', () => {
  it('sends the text, passes progress on, answers with the result and closes the port', async () => {
    const port = new FakePort();
    const seen: DetectProgress[] = [];
    const answer = detectOverPort(() => port, 'a long note', { onProgress: (progress) => seen.push(progress) });
    expect(port.sent).toEqual([{ kind: 'detect', text: 'a long note' }]);
    port.fromBackground({ kind: 'progress', progress: { done: 1, total: 3 } });
    port.fromBackground({ kind: 'result', response: RESULT });
    await expect(answer).resolves.toEqual(RESULT);
    expect(seen).toEqual([{ done: 1, total: 3 }]);
    expect(port.disconnected).toBe(true);
  });

  it('cancels by disconnecting the port', async () => {
    const port = new FakePort();
    const stop = new AbortController();
    const answer = detectOverPort(() => port, 'a megabyte', { signal: stop.signal });
    stop.abort();
    await expect(answer).resolves.toEqual({ ok: false, error: CANCELLED });
    expect(port.disconnected).toBe(true);
  });

  it('fails, so the person still gets a dialog, when the background goes away', async () => {
    const port = new FakePort();
    const answer = detectOverPort(() => port, 'note');
    port.backgroundGone();
    await expect(answer).rejects.toThrow(/closed the check/);
  });

  it('fails when the extension cannot be reached at all', async () => {
    const answer = detectOverPort(() => {
      throw new Error('Extension context invalidated.');
    }, 'note');
    await expect(answer).rejects.toThrow('Extension context invalidated.');
  });
});
