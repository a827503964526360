/**
 * Runs NoteGuard's own NER model (models/noteguard-phi-ner/) with transformers.js, in Node and in
 * a browser Web Worker. Tokenisation is ours (lib/detect/ner/wordpiece.ts, exact offsets); this
 * file only loads the model once, builds int64 tensors and returns logits.
 *
 * Offline settings (see shared STACK-NOTES): no remote models, no browser or WASM cache (the Cache
 * API refuses chrome-extension: URLs), wasmPaths as a string (an object makes 4.x import ORT from
 * a blob: URL that the extension CSP blocks), and an explicit dtype.
 */
import { AutoConfig, AutoModelForTokenClassification, Tensor, env } from '@huggingface/transformers';
import { createNerRecognizer, type NerClient, type NerOptions } from '../detect/ner/recognizer';
import { WordPieceTokenizer } from '../detect/ner/wordpiece';
import type { Recognizer } from '../detect/types';

export const NER_MODEL_ID = 'noteguard-phi-ner';

export interface LoadNerOptions extends NerOptions {
  /**
   * Folder (Node path) or URL (browser) holding the model folder, e.g. the repo's `models/` or
   * `chrome-extension://ID/models/`.
   */
  modelBaseUrlOrPath: string;
  /** Browser only: URL prefix of the ONNX Runtime .wasm/.mjs files, e.g. origin + '/ort/'. */
  wasmPaths?: string;
  modelId?: string;
  /** Which onnx/ file to load: fp32 = onnx/model.onnx (what we ship). */
  dtype?: 'fp32' | 'fp16' | 'q8';
  /** Reads a model file as text; Node scripts pass a file reader, browsers use fetch. */
  readText?: ReadText;
  /** 'cpu' (onnxruntime-node) in Node, 'wasm' in the browser; default picks by environment. */
  device?: 'cpu' | 'wasm';
}

interface NoteguardConfig {
  id2label?: Record<string, string>;
  noteguard?: { entity_threshold?: number; window_tokens?: number; window_overlap?: number };
}

export type ReadText = (location: string) => Promise<string>;
const fetchText: ReadText = async (location) => (await fetch(location)).text();

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

function withSlash(s: string): string {
  return s.endsWith('/') ? s : `${s}/`;
}

/**
 * The WordPiece vocabulary, one token a line in id order. Read directly rather than through
 * transformers.js's AutoTokenizer, which with remote models off skips its tokenizer files when
 * the model sits at an http(s) URL (the standalone demo); we tokenise ourselves anyway.
 */
async function readVocabulary(location: string, readText: ReadText): Promise<string[]> {
  const text = await readText(location);
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A NerClient backed by transformers.js. Load once and reuse: loading takes most of a second. */
export async function loadTransformersNerClient(options: LoadNerOptions): Promise<NerClient & { dispose(): Promise<void> }> {
  const modelId = options.modelId ?? NER_MODEL_ID;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = withSlash(options.modelBaseUrlOrPath);
  env.useBrowserCache = false;
  (env as { useWasmCache?: boolean }).useWasmCache = false;
  if (options.wasmPaths && env.backends.onnx.wasm) env.backends.onnx.wasm.wasmPaths = options.wasmPaths;
  // ONNX Runtime's default is half the cores, one thread on a two-core laptop. Threads need
  // SharedArrayBuffer, which only a cross-origin isolated context has (the Chrome build is).
  if (!isNode && env.backends.onnx.wasm && globalThis.crossOriginIsolated) {
    env.backends.onnx.wasm.numThreads = Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1);
  }

  const [config, vocab] = await Promise.all([
    AutoConfig.from_pretrained(modelId) as Promise<unknown> as Promise<NoteguardConfig>,
    readVocabulary(`${withSlash(options.modelBaseUrlOrPath)}${modelId}/vocab.txt`, options.readText ?? fetchText),
  ]);
  const model = await AutoModelForTokenClassification.from_pretrained(modelId, {
    dtype: options.dtype ?? 'fp32',
    device: options.device ?? (isNode ? 'cpu' : 'wasm'),
  });

  const tokenizer = new WordPieceTokenizer(vocab);

  const id2label = config.id2label ?? {};
  const labels = Object.keys(id2label)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => id2label[String(i)]);
  if (labels.length === 0) throw new Error(`${modelId}/config.json has no id2label`);

  return {
    tokenizer,
    labels,
    entityThreshold: config.noteguard?.entity_threshold,
    windowTokens: config.noteguard?.window_tokens,
    overlapTokens: config.noteguard?.window_overlap,
    async logits(batch) {
      if (batch.length === 0) return [];
      const width = Math.max(...batch.map((s) => s.length));
      const ids = new BigInt64Array(batch.length * width).fill(BigInt(tokenizer.padId));
      const mask = new BigInt64Array(batch.length * width);
      batch.forEach((seq, r) =>
        seq.forEach((id, c) => {
          ids[r * width + c] = BigInt(id);
          mask[r * width + c] = 1n;
        }),
      );
      const dims = [batch.length, width];
      const output = await model({
        input_ids: new Tensor('int64', ids, dims),
        attention_mask: new Tensor('int64', mask, dims),
        token_type_ids: new Tensor('int64', new BigInt64Array(batch.length * width), dims),
      });
      const logits = output.logits as Tensor;
      const data = logits.data as Float32Array;
      const numLabels = labels.length;
      return batch.map((seq, r) => data.slice(r * width * numLabels, (r * width + seq.length) * numLabels));
    },
    async dispose() {
      await model.dispose();
    },
  };
}

/** The NER recognizer, ready for the engine's `extraRecognizers`. */
export async function loadNerRecognizer(options: LoadNerOptions): Promise<Recognizer> {
  const client = await loadTransformersNerClient(options);
  return createNerRecognizer(client, options);
}
