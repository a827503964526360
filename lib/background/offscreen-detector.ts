import { CANCELLED, type DetectProgress, type DetectResponse, type WorkerCancelRequest, type WorkerDetectRequest } from '../messaging/protocol';
import type { DetectText } from './background-service';

/** The subset of chrome.offscreen and runtime that the Chrome path needs. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  sendMessage(message: WorkerDetectRequest | WorkerCancelRequest): Promise<unknown>;
  /** Hands over the document's progress reports (detect-progress messages) for each requestId. */
  onProgress?(listener: (requestId: number, progress: DetectProgress) => void): void;
}

/**
 * createDocument can settle before the document's module script has added its message listener;
 * a message sent in that gap finds no receiver. Seen on the first check after browser start.
 */
const NOT_LISTENING_YET = /Receiving end does not exist/;
const LISTENER_WAIT_MS = 2_000;
const RETRY_EVERY_MS = 25;

/**
 * Chrome's service worker cannot start a Worker, so detection runs in an offscreen document.
 * It is created on first use and again whenever Chrome has closed it.
 */
export function createOffscreenDetector(api: OffscreenApi, sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))): DetectText {
  let creating: Promise<void> | undefined;
  // Asking Chrome whether the document exists is a round trip to the browser on every check (about
  // a millisecond); once it has answered, a document that went away shows as a failed send instead.
  let documentSeen = false;
  const ensureDocument = async () => {
    if (documentSeen) return;
    if (!(await api.hasDocument())) {
      creating ??= api.createDocument().finally(() => (creating = undefined));
      await creating;
    }
    documentSeen = true;
  };

  const send = async (message: WorkerDetectRequest): Promise<unknown> => {
    for (let waited = 0; ; waited += RETRY_EVERY_MS) {
      try {
        return await api.sendMessage(message);
      } catch (error) {
        if (!NOT_LISTENING_YET.test(String(error)) || waited >= LISTENER_WAIT_MS) throw error;
        documentSeen = false;
        await ensureDocument();
        await sleep(RETRY_EVERY_MS);
      }
    }
  };

  let nextRequestId = 1;
  const progressListeners = new Map<number, (progress: DetectProgress) => void>();
  api.onProgress?.((requestId, progress) => progressListeners.get(requestId)?.(progress));

  return async (text, personalTerms, threshold, { onProgress, signal } = {}) => {
    const requestId = nextRequestId++;
    if (onProgress) progressListeners.set(requestId, onProgress);
    // A stopped check is answered at once; the document's worker drops it at its next window.
    const stopped = new Promise<DetectResponse>((resolve) =>
      signal?.addEventListener('abort', () => {
        api.sendMessage({ to: 'detector', kind: 'cancel', requestId }).catch(() => undefined);
        resolve({ ok: false, error: CANCELLED });
      }),
    );
    const checked = (async (): Promise<DetectResponse> => {
      try {
        await ensureDocument();
        const response = (await send({ to: 'detector', kind: 'detect', requestId, text, personalTerms, threshold })) as
          | DetectResponse
          | undefined;
        return response ?? { ok: false, error: 'The detector did not answer.' };
      } catch (error) {
        return { ok: false, error: `The detector could not run: ${String(error)}` };
      }
    })();
    return Promise.race([checked, stopped]).finally(() => progressListeners.delete(requestId));
  };
}
