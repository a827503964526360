/**
 * The NER model as one more recognizer. Pure: the model runs behind an injected NerClient (the
 * transformers.js one in lib/model/transformers-client.ts, or a fake in tests), so this file runs
 * the same in a Web Worker, in Node and in unit tests.
 */
import { PHI_LABELS, type Finding, type Recognizer } from '../types';
import { mergeWindowProbs, softmaxRows, tokenWindows } from './chunk';
import { decodeSpans } from './decode';
import type { WordPieceTokenizer } from './wordpiece';

export interface NerClient {
  readonly tokenizer: WordPieceTokenizer;
  /** id2label in id order: "O", "B-NAME", "I-NAME", ... */
  readonly labels: readonly string[];
  /** Entity threshold tuned at training time (config.json noteguard.entity_threshold). */
  readonly entityThreshold?: number;
  /**
   * Logits for a batch of token id sequences ([CLS] ... [SEP] included, unpadded): one
   * Float32Array of length sequence.length × labels.length per sequence, row-major.
   */
  logits(batch: readonly (readonly number[])[]): Promise<Float32Array[]>;
}

export interface NerOptions {
  /** Tokens a model call may see, [CLS] and [SEP] included. */
  windowTokens?: number;
  overlapTokens?: number;
  /** Overrides the client's entity threshold (lower finds more). */
  entityThreshold?: number;
  /** Windows per model call. */
  batchSize?: number;
}

export function createNerRecognizer(client: NerClient, options: NerOptions = {}): Recognizer {
  const windowTokens = options.windowTokens ?? 256;
  const overlap = options.overlapTokens ?? 64;
  const batchSize = options.batchSize ?? 8;
  const threshold = options.entityThreshold ?? client.entityThreshold ?? 0.5;
  const numLabels = client.labels.length;
  const { tokenizer } = client;

  return {
    name: 'ner',
    labels: PHI_LABELS,
    async recognize(text: string): Promise<Finding[]> {
      const enc = tokenizer.encode(text);
      if (enc.ids.length === 0) return [];
      const windows = tokenWindows(enc.ids.length, windowTokens - 2, overlap);
      const sequences = windows.map((w) => [tokenizer.clsId, ...enc.ids.slice(w.start, w.end), tokenizer.sepId]);
      const windowProbs: Float32Array[] = [];
      for (let b = 0; b < sequences.length; b += batchSize) {
        const batch = sequences.slice(b, b + batchSize);
        const logits = await client.logits(batch);
        logits.forEach((l, i) => {
          const probs = softmaxRows(l, numLabels);
          // drop [CLS] and [SEP]
          windowProbs.push(probs.subarray(numLabels, (batch[i].length - 1) * numLabels));
        });
      }
      const probs = mergeWindowProbs(enc.ids.length, numLabels, windows, windowProbs);
      return decodeSpans(enc, probs, client.labels, threshold).map((s) => ({
        start: s.start,
        end: s.end,
        label: s.label,
        score: Math.round(s.score * 1000) / 1000,
        source: 'ner',
      }));
    },
  };
}
