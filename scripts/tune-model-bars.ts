/**
 * Picks the bars a model span must clear (MODEL_MIN_SCORE, MODEL_MIN_SCORE_LOWER_CASE in
 * lib/detect/ner/recognizer.ts) on the dev split, never the held-out one: runs the rules and the
 * model once, then scores rules + model for each pair of bars, token level, label-agnostic.
 *
 *   npx tsx scripts/tune-model-bars.ts --gold training/data/dev.jsonl
 */
import { readFileSync } from 'node:fs';
import { createDetector } from '../lib/detect/engine';
import { evaluate, type LabelledSpan } from '../lib/detect/evaluate';
import { ruleRecognizers } from '../lib/detect/recognizers/registry';
import { isLowerCaseAmongCapitals, MODEL_MIN_SCORE, MODEL_MIN_SCORE_LOWER_CASE } from '../lib/detect/ner/recognizer';
import type { Finding, Recognizer } from '../lib/detect/types';
import { parseCli, requireFile } from './cli';
import { loadNodeNerRecognizer } from './ner-node';

const BARS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98];

const values = parseCli('npx tsx scripts/tune-model-bars.ts [--gold training/data/dev.jsonl]', { gold: { type: 'string', default: 'training/data/dev.jsonl' } });
const gold = readFileSync(requireFile(values.gold ?? '', 'gold corpus'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string; spans: LabelledSpan[] });

// Every span the model reports at all; the bars are applied below.
const model = await loadNodeNerRecognizer({ minScore: 0, minScoreLowerCase: 0 });
const context = { personalTerms: [] };
const modelFindings: Finding[][] = [];
for (const note of gold) modelFindings.push(await model.recognize(note.text, context));

console.log(`${gold.length} notes from ${values.gold}; shipped bars: ${MODEL_MIN_SCORE} / ${MODEL_MIN_SCORE_LOWER_CASE} (lower case)`);
console.log('bar  lower-case bar  precision  recall  F2');
for (const bar of BARS) {
  for (const lowerBar of BARS.filter((candidate) => candidate >= bar)) {
    const documents = [];
    for (const [index, note] of gold.entries()) {
      const kept = modelFindings[index].filter((finding) => finding.score >= (isLowerCaseAmongCapitals(note.text, finding) ? lowerBar : bar));
      const fixed: Recognizer = { name: model.name, labels: model.labels, recognize: () => kept };
      const predicted = await createDetector([...ruleRecognizers(), fixed]).detect(note.text);
      documents.push({ id: note.id, text: note.text, gold: note.spans, predicted });
    }
    const { precision, recall, f2 } = evaluate(documents).labelAgnostic;
    console.log(`${bar.toFixed(2)} ${lowerBar.toFixed(2).padStart(15)} ${precision.toFixed(3).padStart(10)} ${recall.toFixed(3).padStart(7)} ${f2.toFixed(3).padStart(5)}`);
  }
}
