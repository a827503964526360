import { browser } from 'wxt/browser';
import { isFromBackground, isMessageFor } from '../messaging/protocol';
import { createDetectionHost } from '../worker/detection-host';
import { startDetectionWorker } from '../worker/start-detection-worker';
import type { DetectText } from './background-service';
import { createOffscreenDetector } from './offscreen-detector';

const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome: the worker lives in an offscreen document. Firefox: the background page owns it. */
export function createDetectorForThisBrowser(): DetectText {
  if (import.meta.env.FIREFOX) {
    const host = createDetectionHost(startDetectionWorker);
    return (text, terms, threshold, watch) => host.detect(text, terms, threshold, watch);
  }
  return createOffscreenDetector({
    hasDocument: async () => {
      const contexts = await browser.runtime.getContexts({
        contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
        documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
      });
      return contexts.length > 0;
    },
    createDocument: () =>
      browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS' as Browser.offscreen.Reason],
        justification: 'Runs the on-device PHI detector in a Web Worker.',
      }),
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onProgress: (listener) =>
      browser.runtime.onMessage.addListener((message, sender) => {
        const origin = new URL(browser.runtime.getURL('/')).href;
        if (isMessageFor('background', message) && message.kind === 'detect-progress' && isFromBackground(sender, browser.runtime.id, origin)) {
          listener(message.requestId, message.progress);
        }
        return undefined;
      }),
  });
}
