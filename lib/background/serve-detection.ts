import { browser } from 'wxt/browser';
import { isFromBackground, isMessageFor } from '../messaging/protocol';
import { createDetectionHost } from '../worker/detection-host';
import { startDetectionWorker } from '../worker/start-detection-worker';

/**
 * Runs in the context that may own a Worker (Chrome's offscreen document) and answers the
 * background's detection requests, and only those.
 */
export function serveDetectionRequests(): void {
  const host = createDetectionHost(startDetectionWorker);
  const origin = new URL(browser.runtime.getURL('/')).href;
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isMessageFor('detector', message) || !isFromBackground(sender, browser.runtime.id, origin)) return undefined;
    return host.detect(message.text, message.personalTerms, message.threshold);
  });
}
