import { describe, expect, it } from 'vitest';
import { DETECT_PORT, type DetectPortReply, type DetectResponse, type DetectWatch } from '../messaging/protocol';
import type { NoteGuardDatabase } from '../settings/database';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { createBackgroundHandlers, type DetectPort } from './background-service';

const EXTENSION_ID = 'noteguard-id';
const database = {
  readPersonalTerms: async () => [],
  readSettings: async () => ({ ...DEFAULT_SETTINGS }),
} as unknown as NoteGuardDatabase;

class FakePort implements DetectPort {
  replies: DetectPortReply[] = [];
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  constructor(
    readonly name: string,
    readonly sender: { id?: string; url?: string; tab?: unknown },
  ) {}
  postMessage(message: DetectPortReply) {
    this.replies.push(message);
  }
  fromPage(message: unknown) {
    for (const listener of this.messageListeners) listener(message);
  }
  pageGone() {
    for (const listener of this.disconnectListeners) listener();
  }
}

/** A detector that reports one step of progress and then waits until the test answers. */
function heldDetector() {
  const calls: { text: string; watch?: DetectWatch; answer(response: DetectResponse): void }[] = [];
  const detectText = (text: string, _terms: string[], _threshold: number, watch?: DetectWatch) =>
    new Promise<DetectResponse>((answer) => {
      watch?.onProgress?.({ done: 1, total: 2 });
      calls.push({ text, watch, answer });
    });
  return { detectText, calls };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const FROM_TAB = { id: EXTENSION_ID, url: 'https://chatgpt.com/', tab: { id: 7 } };

describe('the background serving a check over a port', () => {
  it('sends progress, then the result', async () => {
    const detector = heldDetector();
    const { onConnect } = createBackgroundHandlers({ extensionId: EXTENSION_ID, database, detectText: detector.detectText });
    const port = new FakePort(DETECT_PORT, FROM_TAB);
    onConnect(port);
    port.fromPage({ kind: 'detect', text: 'a long note' });
    await settled();
    expect(detector.calls.map((call) => call.text)).toEqual(['a long note']);
    detector.calls[0].answer({ ok: true, findings: [], modelStatus: 'ready', elapsedMs: 3 });
    await settled();
    expect(port.replies).toEqual([
      { kind: 'progress', progress: { done: 1, total: 2 } },
      { kind: 'result', response: { ok: true, findings: [], modelStatus: 'ready', elapsedMs: 3 } },
    ]);
  });

  it('stops the check when the page disconnects, and sends nothing more', async () => {
    const detector = heldDetector();
    const { onConnect } = createBackgroundHandlers({ extensionId: EXTENSION_ID, database, detectText: detector.detectText });
    const port = new FakePort(DETECT_PORT, FROM_TAB);
    onConnect(port);
    port.fromPage({ kind: 'detect', text: 'a megabyte' });
    await settled();
    port.pageGone();
    expect(detector.calls[0].watch?.signal?.aborted).toBe(true);
    detector.calls[0].answer({ ok: false, error: 'cancelled' });
    await settled();
    expect(port.replies.filter((reply) => reply.kind === 'result')).toEqual([]);
  });

  it('ignores ports from other extensions, ports of other names and malformed requests', async () => {
    const detector = heldDetector();
    const { onConnect } = createBackgroundHandlers({ extensionId: EXTENSION_ID, database, detectText: detector.detectText });
    const stranger = new FakePort(DETECT_PORT, { ...FROM_TAB, id: 'another-extension' });
    const otherName = new FakePort('something-else', FROM_TAB);
    const ours = new FakePort(DETECT_PORT, FROM_TAB);
    for (const port of [stranger, otherName, ours]) onConnect(port);
    stranger.fromPage({ kind: 'detect', text: 'note' });
    otherName.fromPage({ kind: 'detect', text: 'note' });
    ours.fromPage({ kind: 'detect', text: 42 });
    await settled();
    expect(detector.calls).toEqual([]);
  });

  it('checks one text per port', async () => {
    const detector = heldDetector();
    const { onConnect } = createBackgroundHandlers({ extensionId: EXTENSION_ID, database, detectText: detector.detectText });
    const port = new FakePort(DETECT_PORT, FROM_TAB);
    onConnect(port);
    port.fromPage({ kind: 'detect', text: 'first' });
    port.fromPage({ kind: 'detect', text: 'second' });
    await settled();
    expect(detector.calls.map((call) => call.text)).toEqual(['first']);
  });
});
