import { PHI_LABELS } from '../../lib/detect/types';
import type { Note } from './corpus';

export interface CorpusStats {
  notes: number;
  /** Whitespace-separated words. */
  words: number;
  /** Letter runs, digit runs and single punctuation marks: a lower bound on WordPiece tokens. */
  pretokens: number;
  labels: Record<string, number>;
  kinds: Record<string, number>;
  families: Record<string, number>;
}

export function emptyStats(): CorpusStats {
  return { notes: 0, words: 0, pretokens: 0, labels: Object.fromEntries(PHI_LABELS.map((l) => [l, 0])), kinds: {}, families: {} };
}

export function addNote(stats: CorpusStats, note: Note): void {
  stats.notes++;
  stats.words += note.text.split(/\s+/).filter(Boolean).length;
  stats.pretokens += note.text.match(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
  for (const span of note.spans) stats.labels[span.label] = (stats.labels[span.label] ?? 0) + 1;
  stats.kinds[note.kind] = (stats.kinds[note.kind] ?? 0) + 1;
  stats.families[note.family] = (stats.families[note.family] ?? 0) + 1;
}

export function formatStats(name: string, stats: CorpusStats): string {
  const table = (record: Record<string, number>) =>
    Object.entries(record).sort((a, b) => b[1] - a[1]).map(([key, value]) => `    ${key.padEnd(28)} ${value}`).join('\n');
  return [
    `${name}: ${stats.notes} notes, ${stats.words} words (${Math.round(stats.words / Math.max(1, stats.notes))} per note), ${stats.pretokens} pre-tokens`,
    '  spans per label:', table(stats.labels),
    '  notes per kind:', table(stats.kinds),
    '  notes per template family:', table(stats.families),
  ].join('\n');
}
