import { detect } from '../detect';
import type { Finding, Recognizer } from '../detect/types';
import type { ModelStatus } from '../messaging/protocol';

export interface WorkerDetector {
  detect(text: string, personalTerms: string[]): Promise<{ findings: Finding[]; modelStatus: ModelStatus }>;
}

/**
 * Rules always run; the model joins when it loads. It is loaded once and kept warm. If it cannot
 * load, the rules still answer and the result says so, so the dialog can tell the person.
 */
export function createWorkerDetector(loadModel: () => Promise<Recognizer>): WorkerDetector {
  let model: Promise<Recognizer | undefined> | undefined;
  const modelOnce = () =>
    (model ??= loadModel().catch((error: unknown) => {
      console.warn('NoteGuard: the PHI model could not load; rules only.', error);
      return undefined;
    }));

  return {
    async detect(text, personalTerms) {
      const recognizer = await modelOnce();
      const findings = await detect(text, {
        personalTerms,
        extraRecognizers: recognizer ? [recognizer] : [],
      });
      return { findings, modelStatus: recognizer ? 'ready' : 'unavailable' };
    },
  };
}
