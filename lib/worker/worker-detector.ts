import { detect } from '../detect';
import type { Finding, Recognizer } from '../detect/types';
import type { ModelStatus } from '../messaging/protocol';

export interface WorkerDetector {
  detect(
    text: string,
    personalTerms: string[],
    threshold?: number,
  ): Promise<{ findings: Finding[]; modelStatus: ModelStatus }>;
}

/**
 * Rules always run; the model joins when it loads. It is loaded once and kept warm. If it cannot
 * load, or fails on one text, the rules still answer and the result says so, so the dialog can
 * tell the person that names and places may be missed.
 */
/**
 * The model reads at most this much of a text: about 2 s on these 2 cores. The rules read all of
 * it, and the dialog says the model read only the beginning.
 */
export const MODEL_TEXT_LIMIT = 100_000;

export function createWorkerDetector(loadModel: () => Promise<Recognizer>, modelTextLimit = MODEL_TEXT_LIMIT): WorkerDetector {
  let model: Promise<Recognizer | undefined> | undefined;
  const modelOnce = () =>
    (model ??= loadModel().catch((error: unknown) => {
      console.warn('NoteGuard: the PHI model could not load; rules only.', error);
      return undefined;
    }));

  return {
    async detect(text, personalTerms, threshold) {
      const recognizer = await modelOnce();
      let modelStatus: ModelStatus = !recognizer ? 'unavailable' : text.length > modelTextLimit ? 'partial' : 'ready';
      const guarded: Recognizer[] = recognizer
        ? [
            {
              ...recognizer,
              // A prefix keeps every offset valid in the whole text.
              recognize: (input, context) =>
                Promise.resolve(recognizer.recognize(input.slice(0, modelTextLimit), context)).catch((error: unknown) => {
                  console.warn('NoteGuard: the PHI model failed on this text; rules only.', error);
                  modelStatus = 'unavailable';
                  return [];
                }),
            },
          ]
        : [];
      const findings = await detect(text, { personalTerms, threshold, extraRecognizers: guarded });
      return { findings, modelStatus };
    },
  };
}
