import { MODEL_SOURCE, type Finding } from './types';

/**
 * Resolves overlapping findings into disjoint spans.
 *
 * Overlapping findings of one label are joined: two recognizers that each saw part of
 * "Maria Lopez" together cover the whole name. Between labels, the higher score (then
 * the longer span) wins the overlap, and what the loser holds outside it survives as a
 * shorter span of its own label, so that no identifying text falls through the gap. Detection
 * keeps a remnant only with three letters or digits ("Boston" beside a name, not the "MD" of
 * "Adel Dickens, MD"); redaction keeps every remnant.
 */
export function mergeFindings(findings: readonly Finding[], text: string, { minRemnantLength = 3 } = {}): Finding[] {
  const joined = joinSameLabel(findings);
  const merged: Finding[] = [];
  for (const cluster of overlapClusters(joined)) {
    merged.push(...(cluster.length === 1 ? cluster : resolveCluster(cluster, text, minRemnantLength)));
  }
  return merged.sort(byPosition);
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Rule findings come first: where a validated e-mail, date or number overlaps a model guess, the
 * rule's label and edges stand, and the model keeps only what lies outside them.
 */
function byPriority(a: Finding, b: Finding): number {
  const modelRank = (finding: Finding) => (finding.source === MODEL_SOURCE ? 1 : 0);
  return modelRank(a) - modelRank(b) || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function joinSameLabel(findings: readonly Finding[]): Finding[] {
  const byLabel = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byLabel.get(finding.label) ?? [];
    list.push(finding);
    byLabel.set(finding.label, list);
  }
  const joined: Finding[] = [];
  for (const list of byLabel.values()) {
    list.sort(byPosition);
    let current: Finding | undefined;
    for (const finding of list) {
      if (current && finding.start < current.end) {
        const best = finding.score > current.score ? finding : current;
        current = { ...best, start: current.start, end: Math.max(current.end, finding.end) };
      } else {
        if (current) joined.push(current);
        current = { ...finding };
      }
    }
    if (current) joined.push(current);
  }
  return joined.sort(byPosition);
}

function* overlapClusters(sorted: readonly Finding[]): Generator<Finding[]> {
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  for (const finding of sorted) {
    if (cluster.length > 0 && finding.start >= clusterEnd) {
      yield cluster;
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  if (cluster.length > 0) yield cluster;
}

function resolveCluster(cluster: readonly Finding[], text: string, minRemnantLength: number): Finding[] {
  const accepted: Finding[] = [];
  for (const candidate of [...cluster].sort(byPriority)) {
    let pieces: Finding[] = [candidate];
    for (const taken of accepted) {
      pieces = pieces.flatMap((piece) => subtractRange(piece, taken.start, taken.end));
    }
    accepted.push(...(pieces.length === 1 && pieces[0] === candidate ? pieces : pieces.filter((piece) => alphanumericLength(text, piece) >= minRemnantLength)));
  }
  return accepted;
}

function alphanumericLength(text: string, piece: Finding): number {
  return text.slice(piece.start, piece.end).match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** The parts of `piece` outside [start, end); empty remnants are dropped. */
export function subtractRange(piece: Finding, start: number, end: number): Finding[] {
  if (end <= piece.start || start >= piece.end) return [piece];
  const remnants: Finding[] = [];
  if (piece.start < start) remnants.push({ ...piece, end: start });
  if (piece.end > end) remnants.push({ ...piece, start: end });
  return remnants;
}
