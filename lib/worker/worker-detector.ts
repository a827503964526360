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

/**
 * The empty check a chatbot page sends when it opens (lib/guard/start-guard.ts) also runs the
 * engine, rules and model, on this made-up note, at most WARM_UP_RUNS times and only until a real check arrives.
 * WebAssembly starts in V8's baseline tier and is optimised once it has run often enough, and the
 * rules' regular expressions compile on first use. In Chromium, for a paste 3 s after the page
 * opened, this took the first check from 104-128 ms to 43-56 ms and the 29 after it from 56-59 ms
 * median to 32-39 ms (two warm-up runs changed nothing).
 */
export const WARM_UP_TEXT =
  'Follow-up visit. Seen with her daughter Maria Okafor, who drives her from Dayton. Spoke with ' +
  'Dr. Lindqvist at Calvert Memorial about the echo. BP 132/84. Continue metformin 850 mg twice ' +
  'daily; repeat A1c in three months. Call 608-555-0143 with questions.';
export const WARM_UP_RUNS = 12;

export interface WorkerDetectorOptions {
  modelTextLimit?: number;
  progressAfterMs?: number;
  /** Engine runs on WARM_UP_TEXT after the model loads, on the first empty check. */
  warmUpRuns?: number;
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
  {
    modelTextLimit = MODEL_TEXT_LIMIT,
    progressAfterMs = PROGRESS_AFTER_MS,
    warmUpRuns = WARM_UP_RUNS,
    now = () => performance.now(),
  }: WorkerDetectorOptions = {},
): WorkerDetector {
  let model: Promise<Recognizer | undefined> | undefined;
  const modelOnce = () =>
    (model ??= loadModel().catch((error: unknown) => {
      console.warn('NoteGuard: the PHI model could not load; rules only.', error);
      return undefined;
    }));

  /** Real checks under way: the warm-up gives way to them at its next model window. */
  let checking = 0;
  let warmedUp = false;
  const warmUp = async (recognizer: Recognizer) => {
    if (warmedUp) return;
    warmedUp = true;
    const checkpoint = async () => {
      if (checking > 0) throw new Error('a check is waiting');
    };
    try {
      // The whole engine, so that the rules' regular expressions are compiled too.
      for (let run = 0; run < warmUpRuns && checking === 0; run++) {
        await detect(WARM_UP_TEXT, { personalTerms: [], extraRecognizers: [recognizer], checkpoint });
      }
    } catch {
      // Gave way to a check, or the model failed: that check will find out and say so.
    }
  };

  return {
    async detect(text, personalTerms, threshold, watch) {
      if (text === '') {
        const recognizer = await modelOnce();
        if (recognizer) await warmUp(recognizer);
        return { findings: [], modelStatus: recognizer ? 'ready' : 'unavailable' };
      }
      checking++;
      try {
        return await detectWithModel(await modelOnce(), text, personalTerms, threshold, watch);
      } finally {
        checking--;
      }
    },
  };

  async function detectWithModel(
    recognizer: Recognizer | undefined,
    text: string,
    personalTerms: string[],
    threshold: number | undefined,
    watch: DetectWatch | undefined,
  ): Promise<WorkerDetection> {
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
  }
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
