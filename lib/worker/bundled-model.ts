import type { Recognizer } from '../detect/types';
import { loadNerRecognizer } from '../model/transformers-client';

/**
 * Loads the NER model shipped inside the extension (or the demo's folder), with ONNX Runtime's
 * wasm from the same origin: nothing is fetched from anywhere else.
 */
export function loadBundledModel(baseUrl: string): Promise<Recognizer> {
  return loadNerRecognizer({ modelBaseUrlOrPath: new URL('models/', baseUrl).href, wasmPaths: new URL('ort/', baseUrl).href });
}
