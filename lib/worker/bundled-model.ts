import type { Recognizer } from '../detect/types';

/** Loads the NER model shipped in the extension's /models/ folder. */
export async function loadBundledModel(_origin: string): Promise<Recognizer> {
  throw new Error('The PHI model is not bundled in this build yet.');
}
