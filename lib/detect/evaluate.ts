import { PHI_LABELS, type PhiLabel } from './types';

/** A labelled span as gold corpora and the detect CLI write it. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: PhiLabel;
}

export interface ScoredDocument {
  id: string;
  text: string;
  gold: readonly LabelledSpan[];
  predicted: readonly LabelledSpan[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f2: number;
}

/** A gold span the detector missed (partly), or a predicted span that holds non-PHI tokens. */
export interface SpanError {
  id: string;
  label: PhiLabel;
  text: string;
  context: string;
}

export interface Evaluation {
  /** Every token counts once: PHI found or not, whatever the label. */
  labelAgnostic: Scores;
  /** A token counts as found only with the gold label; summed over labels. */
  labelAware: Scores;
  /** Label-aware scores per gold/predicted label. */
  perLabel: Record<PhiLabel, Scores>;
  /** Per gold label: how many spans had every token found (with any label), of how many. */
  spansFullyCaught: Record<PhiLabel, { caught: number; total: number }>;
  misses: SpanError[];
  falsePositives: SpanError[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Tokens are maximal runs of letters and digits, any script. */
export function tokenize(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)].map((match) => [match.index, match.index + match[0].length]);
}

/** F-beta with beta = 2: recall weighs four times as much as precision, as missed PHI costs more than an extra redaction. */
export function scoresOf(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { ...counts, precision, recall, f2 };
}

export function evaluate(documents: Iterable<ScoredDocument>): Evaluation {
  const agnostic = emptyCounts();
  const perLabel = Object.fromEntries(PHI_LABELS.map((label) => [label, emptyCounts()])) as Record<PhiLabel, Counts>;
  const spansFullyCaught = Object.fromEntries(PHI_LABELS.map((label) => [label, { caught: 0, total: 0 }])) as Evaluation['spansFullyCaught'];
  const misses: SpanError[] = [];
  const falsePositives: SpanError[] = [];

  for (const document of documents) {
    const tokens = tokenize(document.text);
    const goldLabels = labelTokens(tokens, document.gold);
    const predictedLabels = labelTokens(tokens, document.predicted);
    tokens.forEach((_, index) => {
      const gold = goldLabels[index];
      const predicted = predictedLabels[index];
      if (gold && predicted) agnostic.truePositives++;
      else if (predicted) agnostic.falsePositives++;
      else if (gold) agnostic.falseNegatives++;
      if (gold && gold === predicted) perLabel[gold].truePositives++;
      else {
        if (gold) perLabel[gold].falseNegatives++;
        if (predicted) perLabel[predicted].falsePositives++;
      }
    });
    misses.push(...spansWith(document, document.gold, tokens, (index) => !predictedLabels[index]));
    for (const span of document.gold) {
      const inside = tokens.flatMap(([start, end], index) => (start < span.end && end > span.start ? [index] : []));
      if (inside.length === 0) continue;
      spansFullyCaught[span.label].total++;
      if (inside.every((index) => predictedLabels[index])) spansFullyCaught[span.label].caught++;
    }
    falsePositives.push(...spansWith(document, document.predicted, tokens, (index) => !goldLabels[index]));
  }

  const labelAware = emptyCounts();
  for (const counts of Object.values(perLabel)) {
    labelAware.truePositives += counts.truePositives;
    labelAware.falsePositives += counts.falsePositives;
    labelAware.falseNegatives += counts.falseNegatives;
  }
  return {
    labelAgnostic: scoresOf(agnostic),
    labelAware: scoresOf(labelAware),
    perLabel: Object.fromEntries(PHI_LABELS.map((label) => [label, scoresOf(perLabel[label])])) as Record<PhiLabel, Scores>,
    spansFullyCaught,
    misses,
    falsePositives,
  };
}

function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** The label of the span each token overlaps, or undefined. Spans are few, so a sort and a sweep suffice. */
function labelTokens(tokens: readonly [number, number][], spans: readonly LabelledSpan[]): (PhiLabel | undefined)[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const labels: (PhiLabel | undefined)[] = new Array(tokens.length).fill(undefined);
  let first = 0;
  tokens.forEach(([start, end], index) => {
    while (first < sorted.length && sorted[first].end <= start) first++;
    for (let at = first; at < sorted.length && sorted[at].start < end; at++) {
      if (sorted[at].end > start) {
        labels[index] = sorted[at].label;
        break;
      }
    }
  });
  return labels;
}

/** Spans holding at least one token for which `isError` holds, with a little text around them. */
function spansWith(
  document: ScoredDocument,
  spans: readonly LabelledSpan[],
  tokens: readonly [number, number][],
  isError: (tokenIndex: number) => boolean,
): SpanError[] {
  const errors: SpanError[] = [];
  for (const span of spans) {
    const hasError = tokens.some(([start, end], index) => start < span.end && end > span.start && isError(index));
    if (!hasError) continue;
    const before = document.text.slice(Math.max(0, span.start - 30), span.start);
    const after = document.text.slice(span.end, span.end + 30);
    errors.push({
      id: document.id,
      label: span.label,
      text: document.text.slice(span.start, span.end),
      context: `${before}[[${document.text.slice(span.start, span.end)}]]${after}`.replace(/\s+/g, ' '),
    });
  }
  return errors;
}
