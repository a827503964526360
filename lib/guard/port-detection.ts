import { CANCELLED, type DetectPortReply, type DetectPortRequest, type DetectResponse, type DetectWatch } from '../messaging/protocol';

/** The part of a runtime.Port the page uses, so that tests can hand it a fake. */
export interface PagePort {
  postMessage(message: DetectPortRequest): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: DetectPortReply) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Checks a text through the background over a port of its own (DETECT_PORT): progress comes back
 * while the check runs, and stopping it disconnects the port, which cancels the check in the worker.
 */
export function detectOverPort(connect: () => PagePort, text: string, { onProgress, signal }: DetectWatch = {}): Promise<DetectResponse> {
  return new Promise<DetectResponse>((resolve, reject) => {
    if (signal?.aborted) return resolve({ ok: false, error: CANCELLED });
    const port = connect();
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    port.onMessage.addListener((message) => {
      if (message.kind === 'progress') {
        if (!settled) onProgress?.(message.progress);
        return;
      }
      settle(() => {
        port.disconnect();
        resolve(message.response);
      });
    });
    // The background went away before it answered (a stopped service worker, a reload).
    port.onDisconnect.addListener(() => settle(() => reject(new Error('The background closed the check before it answered.'))));
    signal?.addEventListener('abort', () =>
      settle(() => {
        port.disconnect();
        resolve({ ok: false, error: CANCELLED });
      }),
    );
    port.postMessage({ kind: 'detect', text });
  });
}
