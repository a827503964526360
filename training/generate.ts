/**
 * Writes the synthetic labelled notes: train.jsonl, dev.jsonl and heldout.jsonl in --out.
 *   npx tsx training/generate.ts --seed 1 --out training/data [--train N --dev N --heldout N] [--stats]
 * See training/README.md, "Synthetic notes".
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSplit, type SplitPlan } from './generator/corpus';
import { addNote, emptyStats, formatStats } from './generator/stats';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'training/data' },
    train: { type: 'string', default: '30000' },
    dev: { type: 'string', default: '1000' },
    heldout: { type: 'string', default: '2000' },
    'snippet-share': { type: 'string', default: '0.15' },
    stats: { type: 'boolean', default: false },
  },
});

const seed = Number(values.seed);
const snippetShare = Number(values['snippet-share']);
const plans: SplitPlan[] = [
  { split: 'train', count: Number(values.train), snippetShare },
  // dev and heldout keep a smaller share of fragments: they measure whole-note performance.
  { split: 'dev', count: Number(values.dev), snippetShare: snippetShare / 3 },
  { split: 'heldout', count: Number(values.heldout), snippetShare: snippetShare / 3 },
];

async function writeSplit(plan: SplitPlan): Promise<void> {
  const started = Date.now();
  const stream = createWriteStream(join(values.out, `${plan.split}.jsonl`));
  const stats = emptyStats();
  for (const note of generateSplit(seed, plan)) {
    const { id, text, spans, kind, split } = note;
    if (!stream.write(`${JSON.stringify({ id, text, spans, kind, split, family: note.family })}\n`)) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
    addNote(stats, note);
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  process.stderr.write(`${plan.split}: ${stats.notes} notes in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (values.stats) process.stdout.write(`${formatStats(plan.split, stats)}\n`);
}

await mkdir(values.out, { recursive: true });
for (const plan of plans) await writeSplit(plan);
