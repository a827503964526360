import type { Recognizer } from '../detect/types';
import { loadNerRecognizer } from '../model/transformers-client';

/**
 * Loads the NER model shipped inside the extension (or the demo's folder), with ONNX Runtime's
 * wasm from the same origin: nothing is fetched from anywhere else.
 */
export function loadBundledModel(origin: string): Promise<Recognizer> {
  return loadNerRecognizer({ modelBaseUrlOrPath: `${origin}/models/`, wasmPaths: `${origin}/ort/` });
}
