import { browser } from 'wxt/browser';
import { isFromBackground, isMessageFor, type DetectProgress, type DetectProgressReport } from '../messaging/protocol';
import { createDetectionHost } from '../worker/detection-host';
import { startDetectionWorker } from '../worker/start-detection-worker';

/**
 * Runs in the context that may own a Worker (Chrome's offscreen document) and answers the
 * background's detection requests, and only those.
 */
export function serveDetectionRequests(): void {
  const host = createDetectionHost(startDetectionWorker);
  const origin = new URL(browser.runtime.getURL('/')).href;
  /** The checks under way, by the background's requestId, so that a cancel can stop one. */
  const running = new Map<number, AbortController>();
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isMessageFor('detector', message) || !isFromBackground(sender, browser.runtime.id, origin)) return undefined;
    const { requestId } = message;
    if (message.kind === 'cancel') {
      running.get(requestId)?.abort();
      return undefined;
    }
    const stop = new AbortController();
    running.set(requestId, stop);
    const report = (progress: DetectProgress) => {
      const progressReport: DetectProgressReport = { to: 'background', kind: 'detect-progress', requestId, progress };
      browser.runtime.sendMessage(progressReport).catch(() => undefined);
    };
    return host
      .detect(message.text, message.personalTerms, message.threshold, { onProgress: report, signal: stop.signal })
      .finally(() => running.delete(requestId));
  });
}
