/**
 * Long texts are run in windows of at most `size` tokens that overlap by `overlap` tokens
 * (the model saw at most 256 positions, [CLS] and [SEP] included). The same rule as
 * training/data.py `windows`, which the evaluation uses.
 */
export interface TokenWindow {
  start: number;
  end: number;
}

export function tokenWindows(n: number, size: number, overlap: number): TokenWindow[] {
  if (size <= overlap) throw new Error('window size must exceed the overlap');
  if (n <= size) return [{ start: 0, end: n }];
  const out: TokenWindow[] = [];
  const step = size - overlap;
  for (let start = 0; ; start += step) {
    const end = Math.min(start + size, n);
    out.push({ start, end });
    if (end >= n) break;
  }
  return out;
}

/**
 * Per-token label probabilities for the whole text from per-window probabilities: where windows
 * overlap, the window more confident about a token (higher top probability) wins it.
 */
export function mergeWindowProbs(
  n: number,
  numLabels: number,
  windows: readonly TokenWindow[],
  windowProbs: readonly Float32Array[],
): Float32Array {
  const probs = new Float32Array(n * numLabels);
  const conf = new Float32Array(n).fill(-1);
  windows.forEach((w, wi) => {
    const p = windowProbs[wi];
    for (let t = w.start; t < w.end; t++) {
      const row = (t - w.start) * numLabels;
      let best = 0;
      for (let k = 0; k < numLabels; k++) best = Math.max(best, p[row + k]);
      if (best > conf[t]) {
        conf[t] = best;
        probs.set(p.subarray(row, row + numLabels), t * numLabels);
      }
    }
  });
  return probs;
}

/** Softmax over each row of `rows × numLabels` logits. */
export function softmaxRows(logits: Float32Array, numLabels: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length; r += numLabels) {
    let max = -Infinity;
    for (let k = 0; k < numLabels; k++) max = Math.max(max, logits[r + k]);
    let sum = 0;
    for (let k = 0; k < numLabels; k++) sum += out[r + k] = Math.exp(logits[r + k] - max);
    for (let k = 0; k < numLabels; k++) out[r + k] /= sum;
  }
  return out;
}
