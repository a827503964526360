import { detect } from '../detect';
import type { Checkpoint, Finding, Recognizer } from '../detect/types';
import type { DetectWatch, ModelStatus } from '../messaging/protocol';

export interface WorkerDetection {
  findings: Finding[];
  modelStatus: ModelStatus;
  /** With 'partial': how many characters, from the start, the model read. */
  modelReadCharacters?: number;
}

export interface WorkerDetector {
  detect(text: string, personalTerms: string[], threshold?: number, watch?: DetectWatch): Promise<WorkerDetection>;
}

/**
 * The model reads at most this much of a text; the rules read all of it, and the dialog says how
 * much the model read. A 1 MB paste must be answered within 2 s on a two-core laptop. Measured in
 * Chromium on one, idle, for a megabyte of sample notes: the messages there and back, the rules,
 * the merge and the dialog took about 0.5 s, and the model 0.85-1.0 s for 15,000 characters
 * (1.2-1.5 s for 20,000): paste to dialog 1.3-1.5 s.
 */
export const MODEL_TEXT_LIMIT = 15_000;

/**
 * Progress is reported only once a check has run this long. A note of a few thousand characters is
 * answered sooner, and each report is two more messages (worker to offscreen document to
 * background) on the way to the answer: 2-4 ms of a 60 ms check in Chromium.
 */
export const PROGRESS_AFTER_MS = 150;

export interface WorkerDetectorOptions {
  modelTextLimit?: number;
  progressAfterMs?: number;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

/**
 * Rules always run; the model joins when it loads. It is loaded once and kept warm. If it cannot
 * load, or fails on one text, the rules still answer and the result says so, so the dialog can
 * tell the person that names and places may be missed.
 */
export function createWorkerDetector(
  loadModel: () => Promise<Recognizer>,
  { modelTextLimit = MODEL_TEXT_LIMIT, progressAfterMs = PROGRESS_AFTER_MS, now = () => performance.now() }: WorkerDetectorOptions = {},
): WorkerDetector {
  let model: Promise<Recognizer | undefined> | undefined;
  const modelOnce = () =>
    (model ??= loadModel().catch((error: unknown) => {
      console.warn('NoteGuard: the PHI model could not load; rules only.', error);
      return undefined;
    }));

  return {
    async detect(text, personalTerms, threshold, watch) {
      const recognizer = await modelOnce();
      const partial = text.length > modelTextLimit;
      let modelStatus: ModelStatus = !recognizer ? 'unavailable' : partial ? 'partial' : 'ready';
      const guarded: Recognizer[] = recognizer
        ? [
            {
              ...recognizer,
              // A prefix keeps every offset valid in the whole text.
              recognize: (input, context) =>
                Promise.resolve(recognizer.recognize(input.slice(0, modelTextLimit), context)).catch((error: unknown) => {
                  if (watch?.signal?.aborted) throw error;
                  console.warn('NoteGuard: the PHI model failed on this text; rules only.', error);
                  modelStatus = 'unavailable';
                  return [];
                }),
            },
          ]
        : [];
      const findings = await detect(text, { personalTerms, threshold, extraRecognizers: guarded, checkpoint: watch && checkpointFor(watch, now() + progressAfterMs, now) });
      return modelStatus === 'partial' ? { findings, modelStatus, modelReadCharacters: modelTextLimit } : { findings, modelStatus };
    },
  };
}

/**
 * Between model windows: report progress from `reportFrom` on (the rules, which ran first, are the
 * first part), let the worker's event loop deliver a cancel that arrived meanwhile, and stop if it did.
 */
function checkpointFor({ onProgress, signal }: DetectWatch, reportFrom: number, now: () => number): Checkpoint {
  return async (done, total) => {
    if (now() >= reportFrom) onProgress?.({ done: done + 1, total: total + 1 });
    await nextTask();
    signal?.throwIfAborted();
  };
}

/**
 * Waits for one turn of the event loop. A message channel rather than setTimeout(0), which
 * browsers stretch to 4 ms once timers nest: that would add a tenth of a second to a long text.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
