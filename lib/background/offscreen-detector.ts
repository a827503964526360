import type { DetectResponse, WorkerDetectRequest } from '../messaging/protocol';
import type { DetectText } from './background-service';

/** The subset of chrome.offscreen and runtime that the Chrome path needs. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  sendMessage(message: WorkerDetectRequest): Promise<unknown>;
}

/**
 * Chrome's service worker cannot start a Worker, so detection runs in an offscreen document.
 * It is created on first use and again whenever Chrome has closed it.
 */
export function createOffscreenDetector(api: OffscreenApi): DetectText {
  let creating: Promise<void> | undefined;
  const ensureDocument = async () => {
    if (await api.hasDocument()) return;
    creating ??= api.createDocument().finally(() => (creating = undefined));
    await creating;
  };

  return async (text, personalTerms, threshold) => {
    try {
      await ensureDocument();
      const response = (await api.sendMessage({ to: 'detector', kind: 'detect', text, personalTerms, threshold })) as
        | DetectResponse
        | undefined;
      return response ?? { ok: false, error: 'The detector did not answer.' };
    } catch (error) {
      return { ok: false, error: `The detector could not run: ${String(error)}` };
    }
  };
}
