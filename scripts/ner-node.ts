/**
 * The NER recognizer for Node scripts (npm run detect, evaluation, benchmarks): the shipped model
 * from the repo's models/ folder, run by onnxruntime-node through transformers.js.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Recognizer } from '../lib/detect/types';
import { loadNerRecognizer, type LoadNerOptions } from '../lib/model/transformers-client';

export const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));

let cached: Promise<Recognizer> | undefined;

/** Loads the model once per process; later calls get the same recognizer. */
export function loadNodeNerRecognizer(options: Partial<LoadNerOptions> = {}): Promise<Recognizer> {
  const fromDisk = { modelBaseUrlOrPath: MODELS_DIR, readText: (path: string) => readFile(path, 'utf8') };
  if (Object.keys(options).length > 0) return loadNerRecognizer({ ...fromDisk, ...options });
  cached ??= loadNerRecognizer(fromDisk);
  return cached;
}
